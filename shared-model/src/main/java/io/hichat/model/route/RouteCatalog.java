package io.hichat.model.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every REST route HiChat serves. The local gateway, the CDK app, the OpenAPI document and the
 * tests all read this one list.
 */
public final class RouteCatalog {

  private static final RouteCatalog INSTANCE =
      new RouteCatalog(
          java.util.stream.Stream.of(
                  UserRoutes.all(), SocialRoutes.all(), GroupRoutes.all(), NotificationRoutes.all())
              .flatMap(List::stream)
              .toList());

  private final List<Route> routes;
  private final Map<String, Map<HttpMethod, Route>> byPath = new HashMap<>();
  private final Map<String, Route> byFunction = new HashMap<>();

  RouteCatalog(List<Route> routes) {
    this.routes = List.copyOf(routes);
    for (Route route : this.routes) {
      Route clash =
          byPath.computeIfAbsent(route.path(), p -> new HashMap<>()).put(route.method(), route);
      if (clash != null) {
        throw new IllegalStateException("two routes for " + route.method() + " " + route.path());
      }
      if (byFunction.put(route.function(), route) != null) {
        throw new IllegalStateException("two routes name function " + route.function());
      }
    }
  }

  public static RouteCatalog get() {
    return INSTANCE;
  }

  public List<Route> routes() {
    return routes;
  }

  public Optional<Route> byFunction(String function) {
    return Optional.ofNullable(byFunction.get(function));
  }

  /** The route a request names, or why there is none. */
  public Match match(HttpMethod method, String path) {
    Map<HttpMethod, Route> methods = byPath.get(normalize(path));
    if (methods == null) {
      return new Match.NoSuchPath();
    }
    Route route = method == null ? null : methods.get(method);
    if (route == null) {
      return new Match.MethodNotAllowed(Set.copyOf(methods.keySet()));
    }
    return new Match.Found(route);
  }

  /** The distinct function names, in catalogue order. */
  public List<String> functions() {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (Route route : routes) {
      if (seen.add(route.function())) {
        names.add(route.function());
      }
    }
    return names;
  }

  private static String normalize(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The outcome of {@link #match}. */
  public sealed interface Match {
    record Found(Route route) implements Match {}

    record NoSuchPath() implements Match {}

    record MethodNotAllowed(Set<HttpMethod> allowed) implements Match {}
  }
}
