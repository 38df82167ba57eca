package io.hichat.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The envelope of every HiChat REST response: {@code {code, msg, data}}. Success is {@code
 * code=200}, an empty {@code msg} and the payload in {@code data}; a failure carries an {@link
 * ErrorCode}'s business code and message and {@code data=null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiResponse<T>(int code, String msg, T data) {

  public static final int OK = 200;

  public static <T> ApiResponse<T> ok(T data) {
    return new ApiResponse<>(OK, "", data);
  }

  public static <T> ApiResponse<T> error(ErrorCode error, String detail) {
    String msg = detail == null || detail.isBlank() ? error.message() : detail;
    return new ApiResponse<>(error.code(), msg, null);
  }
}
