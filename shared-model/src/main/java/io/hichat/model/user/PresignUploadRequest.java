package io.hichat.model.user;

/**
 * Start a direct upload to storage for files too large for a request body. {@code purpose} is
 * avatar, favorite, emoji or im (chat media); {@code size} the exact byte count that will be
 * uploaded.
 */
public record PresignUploadRequest(
    String purpose, String fileName, String contentType, Long size) {}
