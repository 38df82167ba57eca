package io.hichat.connector.session;

import java.util.Collection;
import java.util.concurrent.CompletionStage;

/**
 * This connector's entries in the presence directory ({@link io.hichat.model.delivery.Presence}).
 */
public interface PresenceWriter {

  /** Adds the connection's entry and renews its user's TTL. */
  CompletionStage<Void> register(Connection connection);

  /** Removes the connection's entry if it is still its own. */
  CompletionStage<Void> unregister(Connection connection);

  /** Renews the entries (and TTLs) of these live connections. */
  CompletionStage<Void> refresh(Collection<Connection> connections);
}
