package io.hichat.connector.chat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Looks users up in the presence directory ({@link io.hichat.model.delivery.Presence}). */
public interface Presences {

  /** The users with a fresh connection, grouped by the connectors holding them. */
  CompletionStage<Map<String, List<Long>>> byConnector(Collection<Long> userIds);
}
