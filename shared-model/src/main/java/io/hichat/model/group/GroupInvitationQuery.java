package io.hichat.model.group;

/** G16: invitations the caller received, optionally of one {@code status}. */
public record GroupInvitationQuery(Integer status, Integer page, Integer size) {}
