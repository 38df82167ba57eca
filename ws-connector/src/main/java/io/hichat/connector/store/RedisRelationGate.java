package io.hichat.connector.store;

import io.hichat.connector.chat.RelationGate;
import io.hichat.connector.chat.RelationSet;
import io.hichat.model.delivery.RelationKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The relation caches of {@link RelationKeys} in Redis. A set that is not loaded is loaded with the
 * generation-guarded protocol: read the generation, query MySQL, write the set only if the
 * generation has not moved. Concurrent misses of one set inside this process share one load, and
 * the caller is answered from the loaded members whether or not the write won.
 */
public final class RedisRelationGate implements RelationGate {

  private final RedissonClient redis;
  private final BlockingSql sql;
  private final ConcurrentHashMap<String, CompletableFuture<Set<Long>>> loading =
      new ConcurrentHashMap<>();

  public RedisRelationGate(RedissonClient redis, BlockingSql sql) {
    this.redis = redis;
    this.sql = sql;
  }

  @Override
  public CompletionStage<Boolean> contains(RelationSet set, long member) {
    return script()
        .<Long>evalAsync(
            RScript.Mode.READ_ONLY,
            RelationKeys.CONTAINS_SCRIPT,
            RScript.ReturnType.LONG,
            List.of(set.key()),
            Long.toString(member))
        .thenCompose(found -> answer(set, found, member));
  }

  @Override
  public CompletionStage<Both> containsEach(RelationSet first, RelationSet second, long member) {
    return script()
        .<List<Long>>evalAsync(
            RScript.Mode.READ_ONLY,
            RelationKeys.CONTAINS_EACH_SCRIPT,
            RScript.ReturnType.LIST,
            List.of(first.key(), second.key()),
            Long.toString(member))
        .thenCompose(
            found ->
                answer(first, found.get(0), member)
                    .thenCombine(answer(second, found.get(1), member), Both::new));
  }

  /** A script's answer for one set: 1 or 0, or -1 when the set has to be loaded first. */
  private CompletableFuture<Boolean> answer(RelationSet set, Object found, long member) {
    long value = ((Number) found).longValue();
    return value == -1
        ? load(set).thenApply(members -> members.contains(member))
        : CompletableFuture.completedFuture(value == 1);
  }

  @Override
  public CompletionStage<Set<Long>> members(RelationSet set) {
    return redis
        .<String>getSet(set.key(), StringCodec.INSTANCE)
        .readAllAsync()
        .thenCompose(raw -> raw.contains(RelationKeys.LOADED) ? done(ids(raw)) : load(set));
  }

  /** Loads a set once per process at a time; every concurrent caller gets the same result. */
  CompletableFuture<Set<Long>> load(RelationSet set) {
    CompletableFuture<Set<Long>> mine = new CompletableFuture<>();
    CompletableFuture<Set<Long>> running = loading.putIfAbsent(set.key(), mine);
    if (running != null) {
      return running;
    }
    String genKey = RelationKeys.generation(set.key());
    redis
        .<String>getBucket(genKey, StringCodec.INSTANCE)
        .getAsync()
        .thenCompose(
            gen ->
                sql.relation(set)
                    .thenCompose(members -> write(set, genKey, gen == null ? "0" : gen, members)))
        .whenComplete(
            (members, error) -> {
              loading.remove(set.key(), mine);
              if (error != null) {
                mine.completeExceptionally(error);
              } else {
                mine.complete(members);
              }
            });
    return mine;
  }

  private CompletionStage<Set<Long>> write(
      RelationSet set, String genKey, String gen, Set<Long> members) {
    List<Object> args = new ArrayList<>(members.size() + 2);
    args.add(gen);
    args.add(Long.toString(RelationKeys.TTL.toSeconds()));
    members.forEach(m -> args.add(Long.toString(m)));
    return script()
        .<Long>evalAsync(
            RScript.Mode.READ_WRITE,
            RelationKeys.LOAD_SCRIPT,
            RScript.ReturnType.LONG,
            List.of(set.key(), genKey),
            args.toArray())
        .thenApply(written -> members);
  }

  private RScript script() {
    return redis.getScript(StringCodec.INSTANCE);
  }

  private static Set<Long> ids(Set<String> raw) {
    Set<Long> ids = new HashSet<>(raw.size());
    for (String member : raw) {
      if (!RelationKeys.LOADED.equals(member)) {
        try {
          ids.add(Long.parseLong(member));
        } catch (NumberFormatException ignored) {
          // not an id: nothing else writes these sets, so there is nothing to learn from it
        }
      }
    }
    return ids;
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
