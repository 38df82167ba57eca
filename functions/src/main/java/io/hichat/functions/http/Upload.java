package io.hichat.functions.http;

/** The {@code file} part of a multipart request, already size-checked. */
public record Upload(String fileName, String declaredContentType, byte[] bytes) {

  public long size() {
    return bytes.length;
  }
}
