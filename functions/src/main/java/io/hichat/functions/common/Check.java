package io.hichat.functions.common;

import io.hichat.model.api.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Input checks that answer {@link ErrorCode#BAD_REQUEST} with the name of the offending field. */
public final class Check {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,20}");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern CODE = Pattern.compile("[0-9]{6}");

  private Check() {}

  public static DomainException bad(String detail) {
    return new DomainException(ErrorCode.BAD_REQUEST, detail);
  }

  public static <T> T required(T value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw bad(field + " is required");
    }
    return value;
  }

  public static String maxLength(String value, int max, String field) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw bad(field + " must be at most " + max + " characters");
    }
    return value;
  }

  public static String phone(String value) {
    required(value, "phone");
    if (!PHONE.matcher(value).matches()) {
      throw bad("phone must be 6 to 20 digits, optionally with a leading +");
    }
    return value;
  }

  public static String email(String value) {
    required(value, "email");
    if (value.length() > 255 || !EMAIL.matcher(value).matches()) {
      throw bad("email is not a valid address");
    }
    return value.toLowerCase(java.util.Locale.ROOT);
  }

  public static String code(String value, String field) {
    required(value, field);
    if (!CODE.matcher(value).matches()) {
      throw bad(field + " must be 6 digits");
    }
    return value;
  }

  /** Passwords: 6 to 64 characters and at most 72 UTF-8 bytes (the hash's input limit). */
  public static String password(String value, String field) {
    required(value, field);
    int chars = value.codePointCount(0, value.length());
    if (chars < 6 || chars > 64 || value.getBytes(StandardCharsets.UTF_8).length > 72) {
      throw bad(field + " must be 6 to 64 characters");
    }
    return value;
  }

  public static int range(Integer value, int min, int max, int fallback, String field) {
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      throw bad(field + " must be between " + min + " and " + max);
    }
    return value;
  }

  public static <T> T oneOf(T value, java.util.Collection<T> allowed, String field) {
    if (value != null && !allowed.contains(value)) {
      throw bad(field + " must be one of " + allowed);
    }
    return value;
  }
}
