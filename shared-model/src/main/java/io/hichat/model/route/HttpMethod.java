package io.hichat.model.route;

/** The HTTP methods HiChat routes use. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  DELETE
}
