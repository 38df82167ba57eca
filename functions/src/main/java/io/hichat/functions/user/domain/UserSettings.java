package io.hichat.functions.user.domain;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.user.store.UserStore;
import io.hichat.model.api.ErrorCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The per-user settings blob (SEED-SPEC §5.12): a JSON object the client owns. The server reads the
 * privacy switches from it; a missing key counts as enabled.
 */
@Service
public class UserSettings {

  public static final String BY_PHONE = "allowSearchByPhone";
  public static final String BY_ID = "allowSearchById";

  /** HiChat's addition: an email is a contact detail like a phone number. */
  public static final String BY_EMAIL = "allowSearchByEmail";

  /** Whether the user sends and shows read receipts. */
  public static final String READ_RECEIPTS = "readReceiptEnabled";

  static final int MAX_CHARS = 16 * 1024;

  private final UserStore users;

  public UserSettings(UserStore users) {
    this.users = users;
  }

  public String get(long userId) {
    return users.settings(userId).orElse("{}");
  }

  public void put(long userId, String json) {
    users.saveSettings(userId, normalize(json));
  }

  /** For each user, whether the switch {@code key} is on (a missing key or blob counts as on). */
  public Map<Long, Boolean> enabled(Collection<Long> userIds, String key) {
    Map<Long, Map<String, Object>> settings = parsed(userIds);
    Map<Long, Boolean> out = new HashMap<>();
    for (Long user : userIds) {
      out.put(user, enabled(settings.getOrDefault(user, Map.of()), key));
    }
    return out;
  }

  Map<Long, Map<String, Object>> parsed(Collection<Long> userIds) {
    Map<Long, Map<String, Object>> out = new HashMap<>();
    users.settings(userIds).forEach((id, json) -> out.put(id, parse(json)));
    return out;
  }

  static boolean enabled(Map<String, Object> settings, String key) {
    return !Boolean.FALSE.equals(settings.get(key));
  }

  /** A JSON object of at most 16 KiB, re-serialized compactly. */
  static String normalize(String json) {
    if (json == null || json.length() > MAX_CHARS) {
      throw new DomainException(
          ErrorCode.INVALID_SETTINGS, "settings must be a JSON object of at most 16 KiB");
    }
    try {
      JsonNode node = JsonCodec.strict().readTree(json);
      if (node == null || !node.isObject()) {
        throw new DomainException(ErrorCode.INVALID_SETTINGS);
      }
      return JsonCodec.strict().writeValueAsString(node);
    } catch (JacksonException e) {
      throw new DomainException(ErrorCode.INVALID_SETTINGS);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    try {
      return JsonCodec.strict().readValue(json, Map.class);
    } catch (JacksonException e) {
      return Map.of();
    }
  }
}
