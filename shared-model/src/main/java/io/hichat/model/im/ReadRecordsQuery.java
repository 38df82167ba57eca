package io.hichat.model.im;

/** I3: who has and has not read one message. */
public record ReadRecordsQuery(String msgId) {}
