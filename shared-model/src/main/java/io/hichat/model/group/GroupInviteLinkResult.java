package io.hichat.model.group;

/** G24: the new link. */
public record GroupInviteLinkResult(GroupInviteLink link) {}
