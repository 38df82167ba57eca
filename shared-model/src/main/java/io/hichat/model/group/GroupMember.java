package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shared GroupMembers object: one member, with {@code role_level} 0 member, 1 admin, 2 owner.
 * {@code operator_uid} and {@code inviter_uid} are "0" when there was none; {@code join_time} is
 * unix milliseconds.
 */
public record GroupMember(
    String id,
    @JsonProperty("group_id") String groupId,
    @JsonProperty("user_id") String userId,
    String nickname,
    @JsonProperty("user_avatar_url") String userAvatarUrl,
    @JsonProperty("role_level") int roleLevel,
    @JsonProperty("inviter_uid") String inviterUid,
    @JsonProperty("operator_uid") String operatorUid,
    @JsonProperty("group_nickname") String groupNickname,
    @JsonProperty("group_remark") String groupRemark,
    @JsonProperty("join_source") int joinSource,
    @JsonProperty("join_time") long joinTime,
    GroupUser user) {}
