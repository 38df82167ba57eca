package io.hichat.functions.social.domain;

import io.hichat.functions.user.domain.AccountErasure;
import io.hichat.model.delivery.RelationKeys;
import io.hichat.model.event.RelationEvent;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted account leaves no friendship behind: each of its friendships ends as an ordinary
 * deletion would (both rows, a {@code friend.deleted} event, so caches and the other user's clients
 * follow), and its requests, receipts and blocks go. Reports are kept for moderation.
 */
@Component
public class FriendErasure implements AccountErasure {

  private final JdbcClient jdbc;
  private final FriendEvents events;
  private final RelationCache cache;

  public FriendErasure(DataSource dataSource, FriendEvents events, RelationCache cache) {
    this.jdbc = JdbcClient.create(dataSource);
    this.events = events;
    this.cache = cache;
  }

  @Override
  public void erase(long userId) {
    var friends =
        jdbc.sql("SELECT friend_uid FROM friends WHERE user_id = ? ORDER BY friend_uid FOR UPDATE")
            .param(userId)
            .query(Long.class)
            .list();
    for (long friend : friends) {
      jdbc.sql(
              "DELETE FROM friends WHERE (user_id = ? AND friend_uid = ?)"
                  + " OR (user_id = ? AND friend_uid = ?)")
          .params(userId, friend, friend, userId)
          .update();
      events.relation(RelationEvent.FRIEND_DELETED, userId, friend, userId);
      cache.invalidateAfterCommit(RelationKeys.friends(friend));
    }
    cache.invalidateAfterCommit(RelationKeys.friends(userId), RelationKeys.blocks(userId));
    // rows where the account is the friend of someone whose own row was already gone
    jdbc.sql("DELETE FROM friends WHERE friend_uid = ?").param(userId).update();
    jdbc.sql(
            "DELETE FROM social_request_receipts WHERE receiver_id = ? OR (request_type = 'friend'"
                + " AND request_id IN (SELECT id FROM friend_requests WHERE user_id = ? OR req_uid = ?))")
        .params(userId, userId, userId)
        .update();
    jdbc.sql("DELETE FROM friend_requests WHERE user_id = ? OR req_uid = ?")
        .params(userId, userId)
        .update();
    jdbc.sql("DELETE FROM friend_blocks WHERE user_id = ? OR blocked_uid = ?")
        .params(userId, userId)
        .update();
  }
}
