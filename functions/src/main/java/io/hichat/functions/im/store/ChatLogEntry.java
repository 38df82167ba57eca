package io.hichat.functions.im.store;

import java.util.List;

/**
 * One message as {@code chat_logs} holds it ({@link io.hichat.model.im.ChatSchema}).
 *
 * @param msgId the document's ObjectId as hex
 * @param recvId the peer (single chat) or the group (group chat)
 * @param sendTime unix milliseconds
 */
public record ChatLogEntry(
    String msgId,
    String conversationId,
    long seq,
    String clientMsgId,
    long sendId,
    long recvId,
    int chatType,
    int msgType,
    String msgContent,
    String quote,
    List<Long> atUsers,
    boolean atAll,
    long sendTime,
    int status) {

  public ChatLogEntry {
    atUsers = atUsers == null ? List.of() : List.copyOf(atUsers);
  }

  /** The same message at another seq (a plan made again after another writer took the seq). */
  public ChatLogEntry atSeq(long newSeq) {
    return new ChatLogEntry(
        msgId,
        conversationId,
        newSeq,
        clientMsgId,
        sendId,
        recvId,
        chatType,
        msgType,
        msgContent,
        quote,
        atUsers,
        atAll,
        sendTime,
        status);
  }

  public ClientKey clientKey() {
    return new ClientKey(sendId, clientMsgId);
  }

  /** What makes a message unique besides its seq: its sender's own id for it. */
  public record ClientKey(long sendId, String clientMsgId) {}
}
