package io.hichat.functions.im.domain;

import io.hichat.functions.delivery.DeliveryPublisher;
import io.hichat.functions.delivery.DeliveryPublisher.Outgoing;
import io.hichat.functions.delivery.PresenceDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sends many chat frames, each to its own receivers, after one presence lookup for all of them: one
 * push per frame per connector holding some of its receivers, in frame order, and all pushes for
 * one connector in one channel message ({@link DeliveryPublisher#publish}), so a connector sees a
 * conversation's frames in seq order. Offline users get nothing; they sync.
 */
@Component
public class ChatDelivery {

  private final PresenceDirectory presence;
  private final DeliveryPublisher publisher;

  public ChatDelivery(PresenceDirectory presence, DeliveryPublisher publisher) {
    this.presence = presence;
    this.publisher = publisher;
  }

  /** A frame's method, receivers and data. */
  public record Frame(String method, Collection<Long> userIds, Object data) {}

  /** Returns the number of pushes published. */
  public int send(List<Frame> frames) {
    return route(frames).publish();
  }

  /**
   * Looks up where the frames' receivers are connected and plans the pushes, without sending them:
   * a caller that must finish its writes before anyone is told runs the lookup beside them and
   * {@link Routed#publish publishes} after.
   */
  public Routed route(List<Frame> frames) {
    Set<Long> users = new LinkedHashSet<>();
    frames.forEach(f -> users.addAll(f.userIds()));
    if (users.isEmpty()) {
      return new Routed(List.of());
    }
    Map<Long, Set<String>> where = presence.connectors(users);
    List<Outgoing> out = new ArrayList<>();
    for (Frame frame : frames) {
      Map<String, List<Long>> byConnector = new LinkedHashMap<>();
      for (Long user : new LinkedHashSet<>(frame.userIds())) {
        for (String connector : where.getOrDefault(user, Set.of())) {
          byConnector.computeIfAbsent(connector, c -> new ArrayList<>()).add(user);
        }
      }
      byConnector.forEach(
          (connector, receivers) ->
              out.add(new Outgoing(connector, frame.method(), receivers, frame.data())));
    }
    return new Routed(out);
  }

  /** Pushes planned by {@link #route}, one per frame per connector. */
  public final class Routed {
    private final List<Outgoing> pushes;

    private Routed(List<Outgoing> pushes) {
      this.pushes = pushes;
    }

    /** Publishes the pushes; returns how many. */
    public int publish() {
      publisher.publish(pushes);
      return pushes.size();
    }
  }
}
