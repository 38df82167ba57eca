package io.hichat.functions.im.store;

import io.hichat.model.delivery.RelationKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a group's current members for fan-out from the relation cache {@code grp:mem:<groupId>}
 * ({@link RelationKeys}), loading it from MySQL when it is missing by the cache's protocol: read
 * the generation, query, and write the set only if the generation has not moved meanwhile. One
 * Redis read per group (and one query on a miss), never one per member.
 */
@Component
public class RelationGate {

  private final RedissonClient redis;
  private final JdbcClient jdbc;

  public RelationGate(RedissonClient redis, DataSource dataSource) {
    this.redis = redis;
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The group's current members; empty for a disbanded or unknown group. */
  public Set<Long> groupMembers(long groupId) {
    String key = RelationKeys.members(groupId);
    Set<String> cached = redis.<String>getSet(key, StringCodec.INSTANCE).readAll();
    if (!cached.isEmpty()) {
      Set<Long> out = new LinkedHashSet<>();
      for (String member : cached) {
        if (!RelationKeys.LOADED.equals(member)) {
          out.add(Long.parseLong(member));
        }
      }
      return out;
    }
    String generation =
        redis.<String>getBucket(RelationKeys.generation(key), StringCodec.INSTANCE).get();
    List<Long> members =
        jdbc.sql(
                "SELECT m.user_id FROM group_members m JOIN `groups` g ON g.id = m.group_id"
                    + " WHERE m.group_id = ? AND g.status = 0")
            .param(groupId)
            .query(Long.class)
            .list();
    List<Object> args = new ArrayList<>(members.size() + 2);
    args.add(generation == null ? "0" : generation);
    args.add(Long.toString(RelationKeys.TTL.toSeconds()));
    members.forEach(m -> args.add(Long.toString(m)));
    redis
        .getScript(StringCodec.INSTANCE)
        .eval(
            RScript.Mode.READ_WRITE,
            RelationKeys.LOAD_SCRIPT,
            RScript.ReturnType.LONG,
            List.<Object>of(key, RelationKeys.generation(key)),
            args.toArray());
    return new LinkedHashSet<>(members);
  }
}
