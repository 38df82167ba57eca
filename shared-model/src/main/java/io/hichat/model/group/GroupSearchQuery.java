package io.hichat.model.group;

/** G9: {@code keyword} is a group id (exact) or part of a name. */
public record GroupSearchQuery(String keyword, Integer page, Integer size) {}
