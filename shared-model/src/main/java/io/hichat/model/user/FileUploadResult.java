package io.hichat.model.user;

/** U17, U21 and upload completion: the stored file's URL, name, size and kind. */
public record FileUploadResult(String url, String name, long size, String fileType) {}
