package io.hichat.model.route;

import static io.hichat.model.route.Auth.JWT;
import static io.hichat.model.route.HttpMethod.GET;
import static io.hichat.model.route.HttpMethod.POST;
import static io.hichat.model.route.HttpMethod.PUT;

import io.hichat.model.api.Empty;
import io.hichat.model.im.AtMeQuery;
import io.hichat.model.im.ChatLogList;
import io.hichat.model.im.ChatLogQuery;
import io.hichat.model.im.ConversationList;
import io.hichat.model.im.ConversationSettingsRequest;
import io.hichat.model.im.ConversationUpdateRequest;
import io.hichat.model.im.ReadRecordsQuery;
import io.hichat.model.im.ReadRecordsResult;
import io.hichat.model.im.RecallRequest;
import io.hichat.model.im.SetupConversationRequest;
import io.hichat.model.user.FileUploadResult;
import java.util.List;

/** Chat history and conversations: SEED-SPEC §1.3 I1–I9, prefix {@code /v1/im}. */
public final class ImRoutes {

  public static final String PREFIX = "/v1/im";

  private ImRoutes() {}

  static List<Route> all() {
    RouteBuilder r = new RouteBuilder("im", PREFIX);
    return java.util.stream.Stream.of(
            r.query(GET, "/chatlog", "imChatLog", ChatLogQuery.class, ChatLogList.class)
                .summary("A page of a conversation's history, by message or seq cursor"),
            r.query(GET, "/chatlog/atme", "imChatLogAtMe", AtMeQuery.class, ChatLogList.class)
                .summary("Unread messages that mention the caller or everyone"),
            r.query(
                    GET,
                    "/chatlog/readRecords",
                    "imReadRecords",
                    ReadRecordsQuery.class,
                    ReadRecordsResult.class)
                .summary("Who has and has not read a message"),
            r.json(POST, "/chatlog/recall", "imRecall", JWT, RecallRequest.class, Empty.class)
                .summary("Recall a message: the sender within the window, group admins any time"),
            r.none(GET, "/conversation", "imConversationList", JWT, ConversationList.class)
                .summary("The caller's conversations with unread counts"),
            r.json(
                    PUT,
                    "/conversation",
                    "imConversationUpdate",
                    JWT,
                    ConversationUpdateRequest.class,
                    Empty.class)
                .summary("Report read progress, or hide conversations"),
            r.json(
                    PUT,
                    "/conversation/settings",
                    "imConversationSettings",
                    JWT,
                    ConversationSettingsRequest.class,
                    Empty.class)
                .summary("Pin or mute a conversation"),
            r.json(
                    POST,
                    "/setup/conversation",
                    "imSetupConversation",
                    JWT,
                    SetupConversationRequest.class,
                    Empty.class)
                .summary("Create a conversation and its entries when missing"),
            r.multipart(POST, "/upload", "imUpload", FileUploadResult.class)
                .summary("Upload chat media (multipart field file); larger files use presign"))
        .map(RouteBuilder.Pending::build)
        .toList();
  }
}
