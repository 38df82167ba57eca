package io.hichat.functions.http;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ApiResponse;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.api.Unwrapped;
import io.hichat.model.route.Auth;
import io.hichat.model.route.HttpMethod;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry for REST requests in both runtimes: Lambda hands it the API Gateway event, the
 * local gateway builds the same event from a socket. It finds the route in the catalogue, enforces
 * the body limit, authenticates, decodes the request record, calls the route's function bean and
 * wraps the answer in the envelope. Every refusal is an envelope with an {@link ErrorCode}.
 */
public final class HttpEntry {

  private static final Logger log = LoggerFactory.getLogger(HttpEntry.class);

  private final RouteCatalog catalog;
  private final BeanFactory beans;
  private final AccessTokens tokens;
  private final JsonMapper json = JsonCodec.strict();
  private final String onlyFunction;

  /**
   * @param onlyFunction when set (one Lambda per route), requests for any other route are answered
   *     404, so a function never serves what it was not deployed for
   */
  public HttpEntry(
      RouteCatalog catalog, BeanFactory beans, AccessTokens tokens, String onlyFunction) {
    this.catalog = catalog;
    this.beans = beans;
    this.tokens = tokens;
    this.onlyFunction = onlyFunction == null || onlyFunction.isBlank() ? null : onlyFunction;
  }

  public HttpApiResponse handle(HttpApiEvent event) {
    try {
      return dispatch(event);
    } catch (DomainException e) {
      return error(e.error(), e.getMessage());
    } catch (RuntimeException e) {
      log.error("unhandled error on {} {}", event.method(), event.rawPath(), e);
      return error(ErrorCode.INTERNAL, null);
    }
  }

  private HttpApiResponse dispatch(HttpApiEvent event) {
    HttpMethod method = parseMethod(event.method());
    RouteCatalog.Match match = catalog.match(method, event.rawPath());
    if (match instanceof RouteCatalog.Match.MethodNotAllowed not) {
      String allow =
          not.allowed().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
      return HttpApiResponse.json(
          405, envelope(ErrorCode.METHOD_NOT_ALLOWED, null), Map.of("allow", allow));
    }
    if (!(match instanceof RouteCatalog.Match.Found found)) {
      throw new DomainException(ErrorCode.ROUTE_NOT_FOUND, "no endpoint " + event.rawPath());
    }
    Route route = found.route();
    if (onlyFunction != null && !onlyFunction.equals(route.function())) {
      throw new DomainException(ErrorCode.ROUTE_NOT_FOUND, "no endpoint " + event.rawPath());
    }
    byte[] body = body(event, route);
    Caller caller =
        route.auth() == Auth.JWT
            ? new Caller(tokens.authenticate(event.header("authorization")), event.sourceIp())
            : Caller.anonymous(event.sourceIp());
    Object request = RequestDecoder.body(route, event, body, found.pathParameters());
    Upload upload = RequestDecoder.upload(route, event, body);
    Object result = invoke(route, new Call<>(caller, request, upload));
    String out =
        result instanceof Unwrapped
            ? json.writeValueAsString(result)
            : json.writeValueAsString(ApiResponse.ok(result));
    return HttpApiResponse.json(200, out, Map.of());
  }

  @SuppressWarnings("unchecked")
  private Object invoke(Route route, Call<Object> call) {
    Function<Call<Object>, Object> function = beans.getBean(route.function(), Endpoint.class);
    return function.apply(call);
  }

  private static byte[] body(HttpApiEvent event, Route route) {
    String raw = event.body();
    if (raw == null || raw.isEmpty()) {
      return new byte[0];
    }
    // a cheap bound before decoding: base64 grows the body by a third
    long approx = event.isBase64Encoded() ? (raw.length() / 4L) * 3 : raw.length();
    if (approx > route.maxBodyBytes()) {
      throw new DomainException(
          ErrorCode.PAYLOAD_TOO_LARGE, "body must be at most " + route.maxBodyBytes() + " bytes");
    }
    byte[] bytes;
    try {
      bytes =
          event.isBase64Encoded()
              ? Base64.getDecoder().decode(raw)
              : raw.getBytes(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ErrorCode.BAD_REQUEST, "body is not valid base64");
    }
    if (bytes.length > route.maxBodyBytes()) {
      throw new DomainException(
          ErrorCode.PAYLOAD_TOO_LARGE, "body must be at most " + route.maxBodyBytes() + " bytes");
    }
    return bytes;
  }

  private static HttpMethod parseMethod(String method) {
    if (method == null) {
      return null;
    }
    try {
      return HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private HttpApiResponse error(ErrorCode code, String detail) {
    return HttpApiResponse.json(code.httpStatus(), envelope(code, detail), Map.of());
  }

  private String envelope(ErrorCode code, String detail) {
    return json.writeValueAsString(ApiResponse.error(code, detail));
  }
}
