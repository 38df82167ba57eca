package io.hichat.model.api;

/** The id of an object just created. */
public record IdResult(long id) {}
