package io.hichat.model.group;

import java.util.List;

/** G25: links, newest first. */
public record GroupInviteLinkList(List<GroupInviteLink> list) {}
