package io.hichat.model.route;

/** Terse construction of catalogue entries for one domain and path prefix. */
final class RouteBuilder {

  private final String domain;
  private final String prefix;

  RouteBuilder(String domain, String prefix) {
    this.domain = domain;
    this.prefix = prefix;
  }

  Pending json(
      HttpMethod method, String path, String fn, Auth auth, Class<?> request, Class<?> response) {
    return new Pending(method, path, fn, auth, Input.JSON, request, response);
  }

  Pending query(HttpMethod method, String path, String fn, Class<?> request, Class<?> response) {
    return new Pending(method, path, fn, Auth.JWT, Input.QUERY, request, response);
  }

  Pending none(HttpMethod method, String path, String fn, Auth auth, Class<?> response) {
    return new Pending(method, path, fn, auth, Input.NONE, Void.class, response);
  }

  Pending multipart(HttpMethod method, String path, String fn, Class<?> response) {
    Pending p = new Pending(method, path, fn, Auth.JWT, Input.MULTIPART, Void.class, response);
    p.maxBodyBytes = UserRoutes.MAX_MULTIPART_BODY_BYTES;
    return p;
  }

  final class Pending {
    private final HttpMethod method;
    private final String path;
    private final String fn;
    private final Auth auth;
    private final Input input;
    private final Class<?> request;
    private final Class<?> response;
    private Class<?> item;
    private int maxBodyBytes = Route.DEFAULT_MAX_BODY_BYTES;
    private String summary = "";

    private Pending(
        HttpMethod method,
        String path,
        String fn,
        Auth auth,
        Input input,
        Class<?> request,
        Class<?> response) {
      this.method = method;
      this.path = path;
      this.fn = fn;
      this.auth = auth;
      this.input = input;
      this.request = request;
      this.response = response;
    }

    Pending item(Class<?> item) {
      this.item = item;
      return this;
    }

    Pending summary(String summary) {
      this.summary = summary;
      return this;
    }

    Route build() {
      return new Route(
          method,
          prefix + path,
          fn,
          auth,
          domain,
          input,
          request,
          response,
          item,
          maxBodyBytes,
          summary);
    }
  }
}
