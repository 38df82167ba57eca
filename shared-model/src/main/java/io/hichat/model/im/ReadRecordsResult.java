package io.hichat.model.im;

import java.util.List;

/**
 * I3: the parties of a message's conversation other than its sender (a group's current members, or
 * the peer of a single chat), split by whether their read position reached the message.
 */
public record ReadRecordsResult(List<ReadRecordUser> reads, List<ReadRecordUser> unReads) {}
