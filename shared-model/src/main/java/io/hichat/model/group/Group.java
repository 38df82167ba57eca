package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shared Groups object (SEED-SPEC §1.2) as seen by a member: {@code group_nickname} and {@code
 * group_remark} are the caller's own in-group settings; {@code owner_uid}, {@code my_role}, {@code
 * member_count} and {@code member_limit} are HiChat additions.
 */
public record Group(
    String id,
    String name,
    String icon,
    String description,
    int status,
    @JsonProperty("group_type") int groupType,
    @JsonProperty("is_verify") boolean isVerify,
    String notification,
    @JsonProperty("notification_uid") String notificationUid,
    @JsonProperty("create_uid") String createUid,
    @JsonProperty("owner_uid") String ownerUid,
    @JsonProperty("group_nickname") String groupNickname,
    @JsonProperty("group_remark") String groupRemark,
    @JsonProperty("member_count") int memberCount,
    @JsonProperty("member_limit") int memberLimit,
    @JsonProperty("my_role") Integer myRole,
    @JsonProperty("created_at") long createdAt) {}
