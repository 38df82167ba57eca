package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** G29: set the caller's group nickname and remark; a missing field stays, an empty one clears. */
public record GroupMemberSettingRequest(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("group_nickname") String groupNickname,
    @JsonProperty("group_remark") String groupRemark) {}
