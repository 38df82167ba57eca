package io.hichat.model.user;

/** U23: the whole settings blob, a JSON object encoded as a string. */
public record SettingsRequest(String settings) {}
