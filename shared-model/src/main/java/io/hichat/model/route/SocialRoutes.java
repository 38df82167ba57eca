package io.hichat.model.route;

import static io.hichat.model.route.Auth.JWT;
import static io.hichat.model.route.HttpMethod.GET;
import static io.hichat.model.route.HttpMethod.POST;
import static io.hichat.model.route.HttpMethod.PUT;

import io.hichat.model.api.Empty;
import io.hichat.model.api.PageResult;
import io.hichat.model.social.FriendApplyRequest;
import io.hichat.model.social.FriendApplyResult;
import io.hichat.model.social.FriendBlockRequest;
import io.hichat.model.social.FriendHandleRequest;
import io.hichat.model.social.FriendHandleResult;
import io.hichat.model.social.FriendListResult;
import io.hichat.model.social.FriendMomentsPermissionRequest;
import io.hichat.model.social.FriendMuteRequest;
import io.hichat.model.social.FriendNotificationRequest;
import io.hichat.model.social.FriendOnlineResult;
import io.hichat.model.social.FriendPinRequest;
import io.hichat.model.social.FriendReadRequest;
import io.hichat.model.social.FriendRemarkRequest;
import io.hichat.model.social.FriendReportRequest;
import io.hichat.model.social.FriendRequestCounts;
import io.hichat.model.social.FriendRequestItem;
import io.hichat.model.social.FriendRequestQuery;
import io.hichat.model.social.FriendRequestRef;
import io.hichat.model.social.FriendShareRequest;
import io.hichat.model.social.FriendTagsRequest;
import io.hichat.model.social.FriendUidRequest;
import java.util.List;

/** The social graph: SEED-SPEC §1.2, prefix {@code /v1/social}, every route JWT. */
public final class SocialRoutes {

  public static final String PREFIX = "/v1/social";

  private SocialRoutes() {}

  static List<Route> all() {
    return friends().stream().map(RouteBuilder.Pending::build).toList();
  }

  /** S1–S18. */
  private static List<RouteBuilder.Pending> friends() {
    RouteBuilder r = new RouteBuilder("social", PREFIX);
    return List.of(
        r.json(
                POST,
                "/friend/putIn",
                "friendPutIn",
                JWT,
                FriendApplyRequest.class,
                FriendApplyResult.class)
            .summary("Send a friend request; an answer to a pending request from the target"),
        r.json(
                PUT,
                "/friend/putIn",
                "friendPutInHandle",
                JWT,
                FriendHandleRequest.class,
                FriendHandleResult.class)
            .summary("Accept or reject a friend request sent to the caller"),
        r.json(
                PUT,
                "/friend/putIn/read",
                "friendPutInRead",
                JWT,
                FriendReadRequest.class,
                FriendRequestCounts.class)
            .summary("Mark the caller's friend-request receipts read; returns what stays unread"),
        r.query(
                GET,
                "/friend/putIns",
                "friendPutInList",
                FriendRequestQuery.class,
                PageResult.class)
            .item(FriendRequestItem.class)
            .summary("The friend requests the caller sent or received, newest first"),
        r.json(
                POST,
                "/friend/putIn/delete",
                "friendPutInDelete",
                JWT,
                FriendRequestRef.class,
                Empty.class)
            .summary("Hide a friend request from the caller's lists"),
        r.none(
                GET,
                "/friend/putIn/messageCount",
                "friendPutInMessageCount",
                JWT,
                FriendRequestCounts.class)
            .summary("The caller's unread friend-request receipts"),
        r.json(POST, "/friend/remark", "friendRemark", JWT, FriendRemarkRequest.class, Empty.class)
            .summary("Set the caller's remark for a friend"),
        r.json(POST, "/friend/delete", "friendDelete", JWT, FriendUidRequest.class, Empty.class)
            .summary("End a friendship, for both sides"),
        r.json(POST, "/friend/block", "friendBlock", JWT, FriendBlockRequest.class, Empty.class)
            .summary("Block or unblock a friend"),
        r.json(
                POST,
                "/friend/momentsPermission",
                "friendMomentsPermission",
                JWT,
                FriendMomentsPermissionRequest.class,
                Empty.class)
            .summary("What a friend may see of the caller's moments"),
        r.json(
                POST,
                "/friend/notification",
                "friendNotification",
                JWT,
                FriendNotificationRequest.class,
                Empty.class)
            .summary("Switch message notifications from a friend on or off"),
        r.json(POST, "/friend/pin", "friendPin", JWT, FriendPinRequest.class, Empty.class)
            .summary("Pin or unpin a friend"),
        r.json(POST, "/friend/mute", "friendMute", JWT, FriendMuteRequest.class, Empty.class)
            .summary("Mute or unmute a friend"),
        r.json(POST, "/friend/tags", "friendTags", JWT, FriendTagsRequest.class, Empty.class)
            .summary("Set the caller's tags for a friend"),
        r.json(POST, "/friend/report", "friendReport", JWT, FriendReportRequest.class, Empty.class)
            .summary("Report a friend"),
        r.json(POST, "/friend/share", "friendShare", JWT, FriendShareRequest.class, Empty.class)
            .summary("Reserved: checks a contact share between friends; changes nothing"),
        r.none(GET, "/friends", "friendList", JWT, FriendListResult.class)
            .summary("The caller's friends with their profiles and the caller's settings"),
        r.none(GET, "/friends/online", "friendOnline", JWT, FriendOnlineResult.class)
            .summary("Which of the caller's friends are online"));
  }
}
