package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * S17's Friends object: a friend's profile and the caller's settings for them. The friend's phone,
 * email and last login are always empty.
 *
 * @param id the friend's user id (as {@code friend_uid})
 * @param remark the caller's remark for the friend
 * @param tags the friend's own profile tags, a JSON array encoded as a string (as in User)
 * @param status the friend's account: 0 disabled, 1 normal
 * @param type 0 user, 1 admin
 * @param blacklisted the caller blocked this friend
 * @param momentsPermission 0 allow, 1 chat only, 2 hide the caller's moments from them
 * @param friendTags the caller's tags for the friend
 */
public record Friend(
    String id,
    @JsonProperty("friend_uid") String friendUid,
    String nickname,
    String avatar,
    String remark,
    int sex,
    String email,
    String phone,
    String introduction,
    String region,
    String occupation,
    String tags,
    int status,
    int type,
    @JsonProperty("last_login") String lastLogin,
    boolean blacklisted,
    @JsonProperty("moments_permission") int momentsPermission,
    @JsonProperty("notify_enabled") boolean notifyEnabled,
    boolean pinned,
    boolean muted,
    @JsonProperty("friend_tags") List<String> friendTags) {}
