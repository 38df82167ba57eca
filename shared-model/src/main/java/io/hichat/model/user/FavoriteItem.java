package io.hichat.model.user;

/** One favorite. {@code createdAt} is unix milliseconds. */
public record FavoriteItem(
    long id,
    String type,
    String title,
    String content,
    String source,
    String sourceId,
    String tags,
    long createdAt) {}
