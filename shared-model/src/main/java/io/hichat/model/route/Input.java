package io.hichat.model.route;

/** Where a route reads its request record from. */
public enum Input {
  /** No request data. */
  NONE,
  /** A JSON object body. */
  JSON,
  /** The query string (and, for compatibility with the reference's GET bodies, a JSON body). */
  QUERY,
  /** A {@code multipart/form-data} body with one part named {@code file}. */
  MULTIPART
}
