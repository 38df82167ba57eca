package io.hichat.functions.social.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.JsonCodec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * Checks of the friend endpoints' fields. Each answers {@code BAD_REQUEST} naming the field, before
 * anything is read or written.
 */
final class FriendInput {

  static final int MAX_REMARK = 64;
  static final int MAX_MESSAGE = 255;
  static final int MAX_REASON = 512;
  static final int MAX_TAGS = 20;
  static final int MAX_TAG = 32;
  static final int MAX_IDS = 100;
  static final int MAX_PAGE = 10_000;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 20;

  private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private FriendInput() {}

  /** A user id sent as a decimal string. */
  static long userId(String value, String field) {
    Check.required(value, field);
    return id(value, field + " must be a user id");
  }

  /** A request named by {@code request_id}, or else by the legacy {@code friend_req_id}. */
  static long requestId(String requestId, Long friendReqId) {
    if (requestId != null && !requestId.isBlank()) {
      return id(requestId, "request_id must be a request id");
    }
    if (friendReqId != null) {
      if (friendReqId <= 0) {
        throw Check.bad("friend_req_id must be positive");
      }
      return friendReqId;
    }
    throw Check.bad("request_id is required");
  }

  /** S3's ids: at most {@link #MAX_IDS}, each a request id; duplicates count once. */
  static List<Long> requestIds(List<String> ids, Long friendReqId) {
    Set<Long> out = new LinkedHashSet<>();
    if (ids != null) {
      if (ids.size() > MAX_IDS) {
        throw Check.bad("request_ids may name at most " + MAX_IDS + " requests");
      }
      for (String id : ids) {
        if (id == null) {
          throw Check.bad("request_ids must be request ids");
        }
        out.add(id(id, "request_ids must be request ids"));
      }
    }
    if (friendReqId != null) {
      if (friendReqId < 0) {
        throw Check.bad("friend_req_id must not be negative");
      }
      if (friendReqId > 0) {
        out.add(friendReqId);
      }
    }
    return List.copyOf(out);
  }

  /** Optional text: absent is {@code ""}. */
  static String text(String value, int max, String field) {
    Check.maxLength(value, max, field);
    return value == null ? "" : value.trim();
  }

  /** Required text that may be empty ({@code ""} clears). */
  static String clearable(String value, int max, String field) {
    if (value == null) {
      throw Check.bad(field + " is required");
    }
    return text(value, max, field);
  }

  static boolean flag(Boolean value, String field) {
    return Check.required(value, field);
  }

  /**
   * Tags for a friend: trimmed, not blank, at most {@link #MAX_TAG} characters each, duplicates
   * dropped, at most {@link #MAX_TAGS}.
   */
  static List<String> tags(List<String> tags, String field) {
    if (tags == null) {
      throw Check.bad(field + " is required");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String tag : tags) {
      if (tag == null || tag.isBlank()) {
        throw Check.bad(field + " must not contain blank tags");
      }
      out.add(Check.maxLength(tag.trim(), MAX_TAG, field + " item"));
    }
    if (out.size() > MAX_TAGS) {
      throw Check.bad(field + " may hold at most " + MAX_TAGS + " tags");
    }
    return new ArrayList<>(out);
  }

  static String tagsJson(List<String> tags) {
    return JsonCodec.strict().writeValueAsString(tags);
  }

  /** Tags as stored; a missing or unreadable value is no tags. */
  static List<String> storedTags(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      List<String> tags = JsonCodec.strict().readValue(json, STRINGS);
      return tags == null ? List.of() : tags;
    } catch (JacksonException e) {
      return List.of();
    }
  }

  private static long id(String value, String message) {
    String v = value.trim();
    if (!ID.matcher(v).matches()) {
      throw Check.bad(message);
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw Check.bad(message);
    }
  }
}
