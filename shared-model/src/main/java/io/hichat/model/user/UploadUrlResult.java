package io.hichat.model.user;

/** U10: where the uploaded avatar can be read. */
public record UploadUrlResult(String url) {}
