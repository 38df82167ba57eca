package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The caller's own settings in one group: the nickname others see and a private remark. */
public record GroupMemberSetting(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("group_nickname") String groupNickname,
    @JsonProperty("group_remark") String groupRemark,
    @JsonProperty("updated_at") long updatedAt) {}
