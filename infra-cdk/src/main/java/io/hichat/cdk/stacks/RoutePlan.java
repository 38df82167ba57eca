package io.hichat.cdk.stacks;

import io.hichat.model.route.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the catalogue's routes are spread over route stacks: one stack per domain, split into
 * numbered parts when a domain has more routes than a stack may hold. Routes keep catalogue order,
 * so a route added at the end of its domain lands in the domain's last part.
 *
 * @param parts stack concern name (e.g. {@code routes-user}, {@code routes-social-2}) → its routes
 */
public record RoutePlan(Map<String, List<Route>> parts) {

  public static RoutePlan of(List<Route> routes, int routesPerStack) {
    Map<String, List<Route>> byDomain = new LinkedHashMap<>();
    for (Route route : routes) {
      byDomain.computeIfAbsent(route.domain(), d -> new ArrayList<>()).add(route);
    }
    Map<String, List<Route>> parts = new LinkedHashMap<>();
    byDomain.forEach(
        (domain, list) -> {
          for (int from = 0, part = 1; from < list.size(); from += routesPerStack, part++) {
            String name = "routes-" + domain + (part == 1 ? "" : "-" + part);
            parts.put(
                name,
                List.copyOf(list.subList(from, Math.min(list.size(), from + routesPerStack))));
          }
        });
    return new RoutePlan(parts);
  }
}
