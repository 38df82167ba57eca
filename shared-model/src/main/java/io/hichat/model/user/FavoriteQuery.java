package io.hichat.model.user;

/** U16: optional type and keyword filters, paged. */
public record FavoriteQuery(String type, String keyword, Integer page, Integer pageSize) {}
