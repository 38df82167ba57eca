package io.hichat.model.delivery;

import java.util.List;

/**
 * What a connector receives on its channel: deliver {@code data} as a server frame with {@code
 * method} to every live connection of each of {@code userIds} that this connector holds.
 *
 * <p>A channel message is one push (a JSON object) or several (a JSON array of them, from a
 * publisher with many pushes for the connector at once, such as a consumer's batch); the connector
 * delivers an array's pushes in its order.
 *
 * @param method the client-visible push method: {@code notify}, {@code relation.changed}, {@code
 *     trend.notify}, {@code call.signal}, {@code chat.failed}, or {@code ""} for chat frames
 * @param data the frame's data, a JSON value
 */
public record Push(String pushId, String method, List<Long> userIds, Object data) {

  public static final String NOTIFY = "notify";
  public static final String RELATION_CHANGED = "relation.changed";
}
