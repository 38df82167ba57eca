package io.hichat.model.user;

/**
 * U14: {@code type} is text, image, link, file, video, location or note; {@code source} chat,
 * moment or manual; {@code tags} a JSON-array string.
 */
public record FavoriteAddRequest(
    String type, String title, String content, String source, String sourceId, String tags) {}
