package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G22: hand the group to another member; the old owner stays admin unless {@code
 * keep_old_owner_as_admin} is false.
 */
public record GroupTransferRequest(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("new_owner_id") String newOwnerId,
    @JsonProperty("keep_old_owner_as_admin") Boolean keepOldOwnerAsAdmin) {}
