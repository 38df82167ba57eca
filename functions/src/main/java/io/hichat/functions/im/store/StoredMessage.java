package io.hichat.functions.im.store;

import java.util.List;

/**
 * A {@code chat_logs} document (see {@code ChatSchema}).
 *
 * @param id the hex of the document's ObjectId
 * @param recalledBy 0 when the message was not recalled
 * @param recallPublished null when the document has no such field (never recalled through the REST
 *     path), false while the recall's event is not acknowledged
 */
public record StoredMessage(
    String id,
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
    int status,
    long recalledBy,
    long recalledAt,
    Boolean recallPublished) {}
