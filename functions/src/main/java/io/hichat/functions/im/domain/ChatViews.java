package io.hichat.functions.im.domain;

import io.hichat.functions.im.store.StoredMessage;
import io.hichat.model.im.ChatLog;
import io.hichat.model.im.ChatSchema;
import io.hichat.model.im.ChatTypes;

/** Stored messages as the REST API shows them. */
final class ChatViews {

  /** A single chat's read mark for messages the peer has read (the reference's one-byte bitmap). */
  static final String READ_BY_PEER = "AQ==";

  private ChatViews() {}

  /**
   * @param peerReadSeq single chats: the peer's read position (messages up to it show as read);
   *     ignored for groups
   */
  static ChatLog chatLog(StoredMessage m, long peerReadSeq) {
    boolean recalled = m.status() == ChatSchema.STATUS_RECALLED;
    String readRecords =
        m.chatType() == ChatTypes.SINGLE && peerReadSeq >= m.seq() ? READ_BY_PEER : "";
    return new ChatLog(
        m.id(),
        m.conversationId(),
        Long.toString(m.sendId()),
        Long.toString(m.recvId()),
        m.msgType(),
        recalled ? "" : m.msgContent(),
        m.chatType(),
        m.sendTime(),
        readRecords,
        recalled ? "" : m.quote(),
        m.status(),
        m.recalledBy() > 0 ? Long.toString(m.recalledBy()) : "",
        m.atUsers().stream().map(String::valueOf).toList(),
        m.atAll(),
        m.seq(),
        m.clientMsgId());
  }
}
