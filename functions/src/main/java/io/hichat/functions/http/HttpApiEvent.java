package io.hichat.functions.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The API Gateway HTTP API (payload format 2.0) request event, the fields HiChat reads. API Gateway
 * lower-cases header names; the local gateway does the same.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpApiEvent(
    String version,
    String routeKey,
    String rawPath,
    String rawQueryString,
    List<String> cookies,
    Map<String, String> headers,
    Map<String, String> queryStringParameters,
    RequestContext requestContext,
    String body,
    Map<String, String> pathParameters,
    @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RequestContext(
      String accountId,
      String apiId,
      String domainName,
      String requestId,
      String routeKey,
      String stage,
      long timeEpoch,
      Http http) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Http(
      String method, String path, String protocol, String sourceIp, String userAgent) {}

  public String method() {
    return requestContext == null || requestContext.http() == null
        ? null
        : requestContext.http().method();
  }

  public String sourceIp() {
    return requestContext == null || requestContext.http() == null
        ? ""
        : requestContext.http().sourceIp();
  }

  public String header(String name) {
    return headers == null ? null : headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
