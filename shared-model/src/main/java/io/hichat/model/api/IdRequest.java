package io.hichat.model.api;

/** A body naming one object by id: {@code {"id": 42}}. */
public record IdRequest(Long id) {}
