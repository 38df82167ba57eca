package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** G23: make members admins ({@code is_admin} true) or plain members again (false). */
public record GroupSetAdminRequest(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("member_ids") List<String> memberIds,
    @JsonProperty("is_admin") Boolean isAdmin) {}
