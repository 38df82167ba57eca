package io.hichat.model.user;

/** One custom sticker. {@code createdAt} is unix milliseconds. */
public record EmojiItem(
    long id,
    String url,
    String name,
    String thumbnail,
    int width,
    int height,
    long size,
    String fileType,
    long createdAt) {}
