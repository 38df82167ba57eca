package io.hichat.functions.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The API Gateway HTTP API (payload format 2.0) response. */
public record HttpApiResponse(
    int statusCode,
    Map<String, String> headers,
    String body,
    @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

  public static HttpApiResponse json(int status, String body, Map<String, String> extraHeaders) {
    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("content-type", "application/json; charset=utf-8");
    headers.putAll(extraHeaders);
    return new HttpApiResponse(status, Map.copyOf(headers), body, false);
  }
}
