package io.hichat.functions.http;

/**
 * What an endpoint function receives: the caller, the decoded request record ({@code null} for
 * routes without input) and, on multipart routes, the uploaded file.
 */
public record Call<I>(Caller caller, I body, Upload upload) {

  public long userId() {
    return caller.requireUser();
  }
}
