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
                  UserRoutes.all(),
                  SocialRoutes.all(),
                  GroupRoutes.all(),
                  ImRoutes.all(),
                  NotificationRoutes.all())
              .flatMap(List::stream)
              .toList());

  private final List<Route> routes;
  private final Map<String, Map<HttpMethod, Route>> byPath = new HashMap<>();
  private final Map<String, Route> byFunction = new HashMap<>();
  private final List<Route> templates = new ArrayList<>();

  RouteCatalog(List<Route> routes) {
    this.routes = List.copyOf(routes);
    for (Route route : this.routes) {
      Route clash =
          byPath.computeIfAbsent(route.path(), p -> new HashMap<>()).put(route.method(), route);
      if (clash != null) {
        throw new IllegalStateException("two routes for " + route.method() + " " + route.path());
      }
      if (!route.pathParameters().isEmpty()) {
        templates.add(route);
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

  /**
   * The route a request names, or why there is none. An exact path wins over a template ({@code
   * /group/invitations/read} over {@code /group/invitations/{id}}); a template's parameters come
   * with the match.
   */
  public Match match(HttpMethod method, String path) {
    String normalized = normalize(path);
    Map<HttpMethod, Route> methods = byPath.get(normalized);
    if (methods != null) {
      Route route = method == null ? null : methods.get(method);
      return route == null
          ? new Match.MethodNotAllowed(Set.copyOf(methods.keySet()))
          : new Match.Found(route);
    }
    Set<HttpMethod> allowed = new java.util.TreeSet<>();
    for (Route template : templates) {
      Map<String, String> params = template.bind(normalized);
      if (params == null) {
        continue;
      }
      if (template.method() == method) {
        return new Match.Found(template, Map.copyOf(params));
      }
      allowed.add(template.method());
    }
    return allowed.isEmpty()
        ? new Match.NoSuchPath()
        : new Match.MethodNotAllowed(Set.copyOf(allowed));
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
    /**
     * @param pathParameters the values of the route's path parameters, by name
     */
    record Found(Route route, Map<String, String> pathParameters) implements Match {
      public Found(Route route) {
        this(route, Map.of());
      }
    }

    record NoSuchPath() implements Match {}

    record MethodNotAllowed(Set<HttpMethod> allowed) implements Match {}
  }
}
