package io.hichat.model.user;

/** U18: a custom sticker by URL; {@code fileType} is image, gif or sticker. */
public record EmojiAddRequest(
    String url,
    String name,
    String thumbnail,
    Integer width,
    Integer height,
    Long size,
    String fileType) {}
