package io.hichat.model.route;

import java.util.Objects;

/**
 * One REST endpoint: the single description from which the local gateway routes, CDK creates an API
 * route and a Lambda, the OpenAPI document is generated and tests check that a function exists.
 *
 * @param method HTTP method
 * @param path absolute path, as clients call it
 * @param function the name of the function bean that serves it (also the Lambda's function
 *     definition)
 * @param auth who may call it
 * @param domain the functional domain (user, social, im, ...), used to group docs and stacks
 * @param input where the request record is read from
 * @param request the request record type ({@code Void} when there is none)
 * @param response the type of the envelope's {@code data}
 * @param responseItem the element type when {@code response} is a page or list, else {@code null}
 * @param maxBodyBytes the largest body accepted; larger ones get 413
 * @param summary one line for the API reference
 */
public record Route(
    HttpMethod method,
    String path,
    String function,
    Auth auth,
    String domain,
    Input input,
    Class<?> request,
    Class<?> response,
    Class<?> responseItem,
    int maxBodyBytes,
    String summary) {

  /** Bodies of JSON endpoints are small; uploads set their own limit. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("route path must be absolute: " + path);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + path);
    }
  }

  /** {@code METHOD PATH function auth}, as {@code ./hichat routes} prints it. */
  public String line() {
    return method
        + " "
        + path
        + " "
        + function
        + " "
        + auth.name().toLowerCase(java.util.Locale.ROOT);
  }
}
