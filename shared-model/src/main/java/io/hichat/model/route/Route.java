package io.hichat.model.route;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One REST endpoint: the single description from which the local gateway routes, CDK creates an API
 * route and a Lambda, the OpenAPI document is generated and tests check that a function exists.
 *
 * @param method HTTP method
 * @param path absolute path, as clients call it; a segment {@code {name}} is a path parameter (API
 *     Gateway's syntax), matched by any one non-empty segment and handed to the function as the
 *     request record's component of that name
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
    for (String segment : path.split("/")) {
      if ((segment.contains("{") || segment.contains("}"))
          && !PARAMETER.matcher(segment).matches()) {
        throw new IllegalArgumentException("a path parameter is a whole {segment}: " + path);
      }
    }
  }

  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

  /** The names of the path's parameters, in order; empty for an exact path. */
  public List<String> pathParameters() {
    List<String> names = new ArrayList<>();
    for (String segment : path.split("/")) {
      Matcher m = PARAMETER.matcher(segment);
      if (m.matches()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * The parameters of {@code path} when it matches this route's template segment by segment, else
   * {@code null}. An exact route matches only its own path, with no parameters.
   */
  public Map<String, String> bind(String path) {
    String[] want = this.path.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      Matcher m = PARAMETER.matcher(want[i]);
      if (m.matches()) {
        if (got[i].isEmpty()) {
          return null;
        }
        try {
          params.put(
              m.group(1), URLDecoder.decode(got[i].replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
          return null;
        }
      } else if (!want[i].equals(got[i])) {
        return null;
      }
    }
    return params;
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
