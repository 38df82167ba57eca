package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A group as anyone may see it (search results, requests, invitations). */
public record GroupSearchItem(
    String id,
    String name,
    String icon,
    String description,
    @JsonProperty("creator_uid") String creatorUid,
    @JsonProperty("member_count") int memberCount,
    @JsonProperty("is_verify") boolean isVerify) {}
