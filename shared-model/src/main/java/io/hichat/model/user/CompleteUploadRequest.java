package io.hichat.model.user;

/** Finish a direct upload: the server checks the stored object's size and sniffed type. */
public record CompleteUploadRequest(String key) {}
