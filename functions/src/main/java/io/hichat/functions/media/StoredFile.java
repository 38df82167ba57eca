package io.hichat.functions.media;

/**
 * A file in storage.
 *
 * @param kind image, video or file (for stickers: image or gif)
 */
public record StoredFile(
    String key, String url, String name, long size, String mediaType, String kind) {}
