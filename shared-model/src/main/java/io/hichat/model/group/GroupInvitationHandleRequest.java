package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G18: the invitee accepts (1) or rejects (2); {@code id} comes from the path. */
public record GroupInvitationHandleRequest(
    String id, Integer result, @JsonProperty("handle_msg") String handleMsg) {}
