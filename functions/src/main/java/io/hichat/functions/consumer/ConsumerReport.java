package io.hichat.functions.consumer;

/** What one invocation did: records processed, and records sent to the dead-letter topic. */
public record ConsumerReport(int processed, int deadLettered) {}
