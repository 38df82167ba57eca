package io.hichat.model.group;

/** G15: the invitation (an existing pending one from the same inviter is returned as is). */
public record GroupInvitationResult(GroupInvitation invitation) {}
