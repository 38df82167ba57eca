package io.hichat.functions.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.support.Api;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users.TestUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Friend steps for tests, over HTTP as a client takes them, and a look at what is stored. */
final class FriendSteps {

  static final String PUT_IN = "/v1/social/friend/putIn";
  static final String READ = "/v1/social/friend/putIn/read";
  static final String LIST = "/v1/social/friend/putIns";
  static final String HIDE = "/v1/social/friend/putIn/delete";
  static final String COUNT = "/v1/social/friend/putIn/messageCount";
  static final String FRIENDS = "/v1/social/friends";
  static final String ONLINE = "/v1/social/friends/online";

  static final Api API = TestStack.get().api();
  static final JdbcClient DB = JdbcClient.create(TestStack.get().bean(DataSource.class));

  private FriendSteps() {}

  static Api.Resp apply(TestUser from, TestUser to, String more) {
    String extra = more == null || more.isEmpty() ? "" : "," + more;
    return API.post(PUT_IN, "{\"user_uid\":\"" + to.id() + "\"" + extra + "}", from.token());
  }

  /** Sends a request that must be accepted as pending; returns its id. */
  static String request(TestUser from, TestUser to) {
    Api.Resp r = apply(from, to, "\"req_msg\":\"hi " + to.id() + "\"");
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    assertThat(r.data().path("status").asText()).isEqualTo("pending");
    return r.data().path("request_id").asText();
  }

  static Api.Resp handle(TestUser by, String requestId, int result, String more) {
    String extra = more == null || more.isEmpty() ? "" : "," + more;
    return API.put(
        PUT_IN,
        "{\"request_id\":\"" + requestId + "\",\"handle_result\":" + result + extra + "}",
        by.token());
  }

  /** Makes the two friends: {@code a} asks, {@code b} accepts. Returns the request id. */
  static String befriend(TestUser a, TestUser b) {
    String id = request(a, b);
    Api.Resp r = handle(b, id, 1, null);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return id;
  }

  static Api.Resp requests(TestUser u, String query) {
    return API.get(LIST + "?" + query, u.token());
  }

  static List<JsonNode> friends(TestUser u) {
    Api.Resp r = API.get(FRIENDS, u.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    r.data().path("list").forEach(out::add);
    return out;
  }

  static JsonNode friend(TestUser owner, TestUser friend) {
    return friends(owner).stream()
        .filter(f -> f.path("friend_uid").asText().equals(Long.toString(friend.id())))
        .findFirst()
        .orElseThrow(() -> new AssertionError(friend.id() + " is not a friend of " + owner.id()));
  }

  static List<Long> friendIds(TestUser u) {
    return friends(u).stream().map(f -> Long.parseLong(f.path("friend_uid").asText())).toList();
  }

  static JsonNode counts(TestUser u) {
    Api.Resp r = API.get(COUNT, u.token());
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.data();
  }

  /** Pending requests in either direction between the two. */
  static long pendingBetween(TestUser a, TestUser b) {
    return DB.sql(
            "SELECT COUNT(*) FROM friend_requests WHERE handle_result = 0 AND"
                + " ((user_id = ? AND req_uid = ?) OR (user_id = ? AND req_uid = ?))")
        .params(a.id(), b.id(), b.id(), a.id())
        .query(Long.class)
        .single();
  }

  /** Friend rows in either direction between the two. */
  static long rowsBetween(TestUser a, TestUser b) {
    return DB.sql(
            "SELECT COUNT(*) FROM friends WHERE"
                + " (user_id = ? AND friend_uid = ?) OR (user_id = ? AND friend_uid = ?)")
        .params(a.id(), b.id(), b.id(), a.id())
        .query(Long.class)
        .single();
  }

  /** Outbox rows of a topic with a key, e.g. notifications for one receiver. */
  static long outbox(String topic, String key) {
    return DB.sql("SELECT COUNT(*) FROM outbox WHERE topic = ? AND msg_key = ?")
        .params(topic, key)
        .query(Long.class)
        .single();
  }

  /**
   * Everything stored about these users in the social tables and the outbox, as text: two equal
   * snapshots mean nothing was written.
   */
  static String snapshot(Collection<TestUser> users) {
    String ids = users.stream().map(u -> Long.toString(u.id())).collect(Collectors.joining(","));
    StringBuilder out = new StringBuilder();
    dump(out, "SELECT * FROM friends WHERE user_id IN (%s) OR friend_uid IN (%s) ORDER BY id", ids);
    dump(
        out,
        "SELECT * FROM friend_requests WHERE user_id IN (%s) OR req_uid IN (%s) ORDER BY id",
        ids);
    dump(
        out,
        "SELECT * FROM social_request_receipts WHERE receiver_id IN (%s) OR request_id IN"
            + " (SELECT id FROM friend_requests WHERE user_id IN (%s)) ORDER BY id",
        ids);
    dump(
        out,
        "SELECT * FROM friend_reports WHERE reporter_uid IN (%s) OR target_uid IN (%s)"
            + " ORDER BY id",
        ids);
    dump(
        out,
        "SELECT * FROM friend_blocks WHERE user_id IN (%s) OR blocked_uid IN (%s)"
            + " ORDER BY user_id, blocked_uid",
        ids);
    out.append("outbox=")
        .append(DB.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single())
        .append('\n');
    return out.toString();
  }

  private static void dump(StringBuilder out, String sql, String ids) {
    String query = sql.replace("%s", ids);
    DB.sql(query)
        .query(
            rs -> {
              int columns = rs.getMetaData().getColumnCount();
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= columns; i++) {
                row.append(rs.getMetaData().getColumnLabel(i))
                    .append('=')
                    .append(rs.getString(i))
                    .append(' ');
              }
              out.append(row).append('\n');
            });
  }
}
