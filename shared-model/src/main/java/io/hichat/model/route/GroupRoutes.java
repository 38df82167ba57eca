package io.hichat.model.route;

import static io.hichat.model.route.Auth.JWT;
import static io.hichat.model.route.HttpMethod.GET;
import static io.hichat.model.route.HttpMethod.POST;
import static io.hichat.model.route.HttpMethod.PUT;

import io.hichat.model.api.Empty;
import io.hichat.model.api.IdResult;
import io.hichat.model.api.PageResult;
import io.hichat.model.group.GroupAnnouncementList;
import io.hichat.model.group.GroupAnnouncementPinRequest;
import io.hichat.model.group.GroupAnnouncementQuery;
import io.hichat.model.group.GroupAnnouncementRequest;
import io.hichat.model.group.GroupApplyRequest;
import io.hichat.model.group.GroupApplyResult;
import io.hichat.model.group.GroupAtList;
import io.hichat.model.group.GroupAtListQuery;
import io.hichat.model.group.GroupCreateRequest;
import io.hichat.model.group.GroupCreateResult;
import io.hichat.model.group.GroupDetail;
import io.hichat.model.group.GroupHandleRequest;
import io.hichat.model.group.GroupHandleResult;
import io.hichat.model.group.GroupIdRequest;
import io.hichat.model.group.GroupInvitation;
import io.hichat.model.group.GroupInvitationCreateRequest;
import io.hichat.model.group.GroupInvitationHandleRequest;
import io.hichat.model.group.GroupInvitationHandleResult;
import io.hichat.model.group.GroupInvitationQuery;
import io.hichat.model.group.GroupInvitationReadRequest;
import io.hichat.model.group.GroupInvitationResult;
import io.hichat.model.group.GroupInviteLinkCreateRequest;
import io.hichat.model.group.GroupInviteLinkList;
import io.hichat.model.group.GroupInviteLinkQuery;
import io.hichat.model.group.GroupInviteLinkResult;
import io.hichat.model.group.GroupInviteLinkRevokeRequest;
import io.hichat.model.group.GroupInviteRequest;
import io.hichat.model.group.GroupJoinByTokenRequest;
import io.hichat.model.group.GroupJoinResult;
import io.hichat.model.group.GroupList;
import io.hichat.model.group.GroupMemberList;
import io.hichat.model.group.GroupMemberSettingRequest;
import io.hichat.model.group.GroupMemberSettingResult;
import io.hichat.model.group.GroupMembersRequest;
import io.hichat.model.group.GroupOnlineResult;
import io.hichat.model.group.GroupRequestByUidQuery;
import io.hichat.model.group.GroupRequestCounts;
import io.hichat.model.group.GroupRequestItem;
import io.hichat.model.group.GroupRequestQuery;
import io.hichat.model.group.GroupRequestReadRequest;
import io.hichat.model.group.GroupSearchItem;
import io.hichat.model.group.GroupSearchQuery;
import io.hichat.model.group.GroupSetAdminRequest;
import io.hichat.model.group.GroupTransferRequest;
import io.hichat.model.group.GroupUpdateRequest;
import java.util.List;
import java.util.stream.Stream;

/** Groups: SEED-SPEC §1.2 G1–G33, prefix {@code /v1/social}. */
public final class GroupRoutes {

  public static final String PREFIX = "/v1/social";

  private GroupRoutes() {}

  static List<Route> all() {
    RouteBuilder r = new RouteBuilder("group", PREFIX);
    return Stream.of(
            r.json(
                    POST,
                    "/group",
                    "groupCreate",
                    JWT,
                    GroupCreateRequest.class,
                    GroupCreateResult.class)
                .summary("G1 Create a group; the caller becomes its owner"),
            r.json(
                    POST,
                    "/group/putIn",
                    "groupApply",
                    JWT,
                    GroupApplyRequest.class,
                    GroupApplyResult.class)
                .summary("G2 Apply to join: open groups at once, others after approval"),
            r.json(
                    PUT,
                    "/group/putIn",
                    "groupHandle",
                    JWT,
                    GroupHandleRequest.class,
                    GroupHandleResult.class)
                .summary("G3 Approve or reject an application (owner or admin)"),
            r.query(
                    GET,
                    "/group/putIns",
                    "groupRequests",
                    GroupRequestQuery.class,
                    PageResult.class)
                .item(GroupRequestItem.class)
                .summary("G4 Applications to a group the caller manages"),
            r.query(
                    GET,
                    "/group/putInsByUid",
                    "groupRequestsByUid",
                    GroupRequestByUidQuery.class,
                    PageResult.class)
                .item(GroupRequestItem.class)
                .summary(
                    "G5 Applications the caller sent, or received by groups the caller manages"),
            r.none(
                    GET,
                    "/group/putIn/messageCount",
                    "groupRequestCount",
                    JWT,
                    GroupRequestCounts.class)
                .summary("G6 Unread application, answer and invitation counts"),
            r.json(
                    PUT,
                    "/group/putIns/read",
                    "groupRequestRead",
                    JWT,
                    GroupRequestReadRequest.class,
                    GroupRequestCounts.class)
                .summary("G7 Mark application receipts read"),
            r.none(GET, "/groups", "groupList", JWT, GroupList.class)
                .summary("G8 The groups the caller belongs to"),
            r.query(GET, "/group/search", "groupSearch", GroupSearchQuery.class, PageResult.class)
                .item(GroupSearchItem.class)
                .summary("G9 Search groups by id or name"),
            r.query(GET, "/group/users", "groupUsers", GroupIdRequest.class, GroupMemberList.class)
                .summary("G10 The members of a group (members only)"),
            r.query(
                    GET,
                    "/group/users/online",
                    "groupUsersOnline",
                    GroupIdRequest.class,
                    GroupOnlineResult.class)
                .summary("G11 Which members are online (members only)"),
            r.json(POST, "/group/quit", "groupQuit", JWT, GroupIdRequest.class, Empty.class)
                .summary("G12 Leave a group"),
            r.json(POST, "/group/kick", "groupKick", JWT, GroupMembersRequest.class, Empty.class)
                .summary("G13 Remove members (owner, or admin for plain members)"),
            r.json(POST, "/group/invite", "groupInvite", JWT, GroupInviteRequest.class, Empty.class)
                .summary("G14 Invite several users at once (legacy)"),
            r.json(
                    POST,
                    "/group/invitations",
                    "groupInvitationCreate",
                    JWT,
                    GroupInvitationCreateRequest.class,
                    GroupInvitationResult.class)
                .summary("G15 Invite a user; the invitation expires after 7 days"),
            r.query(
                    GET,
                    "/group/invitations",
                    "groupInvitationList",
                    GroupInvitationQuery.class,
                    PageResult.class)
                .item(GroupInvitation.class)
                .summary("G16 Invitations the caller received"),
            r.json(
                    PUT,
                    "/group/invitations/read",
                    "groupInvitationRead",
                    JWT,
                    GroupInvitationReadRequest.class,
                    GroupRequestCounts.class)
                .summary("G17 Mark invitation receipts read"),
            r.json(
                    PUT,
                    "/group/invitations/{id}",
                    "groupInvitationHandle",
                    JWT,
                    GroupInvitationHandleRequest.class,
                    GroupInvitationHandleResult.class)
                .summary("G18 Accept or reject an invitation (the invitee)"),
            r.json(POST, "/group/update", "groupUpdate", JWT, GroupUpdateRequest.class, Empty.class)
                .summary("G19 Edit the group's info (owner or admin)"),
            r.query(GET, "/group/detail", "groupDetail", GroupIdRequest.class, GroupDetail.class)
                .summary("G20 The group and its first members (members only)"),
            r.json(POST, "/group/disband", "groupDisband", JWT, GroupIdRequest.class, Empty.class)
                .summary("G21 Disband the group (owner)"),
            r.json(
                    POST,
                    "/group/transferOwner",
                    "groupTransferOwner",
                    JWT,
                    GroupTransferRequest.class,
                    Empty.class)
                .summary("G22 Hand the group to another member (owner)"),
            r.json(
                    POST,
                    "/group/setAdmin",
                    "groupSetAdmin",
                    JWT,
                    GroupSetAdminRequest.class,
                    Empty.class)
                .summary("G23 Make members admins or plain members (owner)"),
            r.json(
                    POST,
                    "/group/inviteLink/create",
                    "groupInviteLinkCreate",
                    JWT,
                    GroupInviteLinkCreateRequest.class,
                    GroupInviteLinkResult.class)
                .summary("G24 Create an invite link (owner or admin)"),
            r.query(
                    GET,
                    "/group/inviteLinks",
                    "groupInviteLinkList",
                    GroupInviteLinkQuery.class,
                    GroupInviteLinkList.class)
                .summary("G25 The group's invite links (owner or admin)"),
            r.json(
                    POST,
                    "/group/inviteLink/revoke",
                    "groupInviteLinkRevoke",
                    JWT,
                    GroupInviteLinkRevokeRequest.class,
                    Empty.class)
                .summary("G26 Revoke an invite link (owner, admin or its creator)"),
            r.json(
                    POST,
                    "/group/joinByToken",
                    "groupJoinByToken",
                    JWT,
                    GroupJoinByTokenRequest.class,
                    GroupJoinResult.class)
                .summary("G27 Join through an invite link"),
            r.query(
                    GET,
                    "/group/memberSetting",
                    "groupMemberSettingGet",
                    GroupIdRequest.class,
                    GroupMemberSettingResult.class)
                .summary("G28 The caller's group nickname and remark"),
            r.json(
                    POST,
                    "/group/memberSetting",
                    "groupMemberSettingPut",
                    JWT,
                    GroupMemberSettingRequest.class,
                    Empty.class)
                .summary("G29 Set the caller's group nickname and remark"),
            r.query(GET, "/group/atList", "groupAtList", GroupAtListQuery.class, GroupAtList.class)
                .summary("G30 @-mention candidates (members only)"),
            r.json(
                    POST,
                    "/group/announcement",
                    "groupAnnouncementCreate",
                    JWT,
                    GroupAnnouncementRequest.class,
                    IdResult.class)
                .summary("G31 Publish an announcement (owner or admin)"),
            r.query(
                    GET,
                    "/group/announcements",
                    "groupAnnouncementList",
                    GroupAnnouncementQuery.class,
                    GroupAnnouncementList.class)
                .summary("G32 The group's announcements (members only)"),
            r.json(
                    POST,
                    "/group/announcement/pin",
                    "groupAnnouncementPin",
                    JWT,
                    GroupAnnouncementPinRequest.class,
                    Empty.class)
                .summary("G33 Pin or unpin an announcement (owner or admin)"))
        .map(RouteBuilder.Pending::build)
        .toList();
  }
}
