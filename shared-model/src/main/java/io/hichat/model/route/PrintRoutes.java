package io.hichat.model.route;

/** Prints the route catalogue, one {@code METHOD PATH function auth} line per route. */
public final class PrintRoutes {

  private PrintRoutes() {}

  public static void main(String[] args) {
    for (Route route : RouteCatalog.get().routes()) {
      System.out.println(route.line());
    }
  }
}
