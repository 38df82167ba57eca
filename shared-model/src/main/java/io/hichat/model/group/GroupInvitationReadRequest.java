package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** G17: mark these invitations' receipts read; empty or missing = all. */
public record GroupInvitationReadRequest(
    @JsonProperty("invitation_ids") List<String> invitationIds) {}
