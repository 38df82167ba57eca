package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shared GroupInviteLink object; {@code expire_at} unix milliseconds, 0 = never; {@code
 * max_uses} 0 = unlimited.
 */
public record GroupInviteLink(
    String token,
    @JsonProperty("group_id") String groupId,
    @JsonProperty("created_by") String createdBy,
    @JsonProperty("created_at") long createdAt,
    @JsonProperty("expire_at") long expireAt,
    @JsonProperty("max_uses") int maxUses,
    @JsonProperty("used_count") int usedCount,
    boolean revoked,
    @JsonProperty("revoked_at") long revokedAt) {}
