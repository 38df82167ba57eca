package io.hichat.model.user;

/** U22: the settings blob as stored ({@code "{}"} when never set). */
public record SettingsResult(String settings) {}
