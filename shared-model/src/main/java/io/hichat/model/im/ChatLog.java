package io.hichat.model.im;

import java.util.List;

/**
 * A stored message as the IM REST endpoints answer it (SEED-SPEC §1.3 ChatLog), plus its {@code
 * seq} and {@code clientMsgId}. A recalled message keeps its place but has {@code msgContent} and
 * {@code quote} blanked.
 *
 * @param id the message id (the hex of its MongoDB ObjectId)
 * @param sendId the sender's user id
 * @param recvId the peer's user id (single chat) or the group id
 * @param sendTime when the server accepted it, unix <b>milliseconds</b> (the reference's WS path
 *     used nanoseconds)
 * @param readRecords single chat: {@code "AQ=="} once the peer has read the message, else {@code
 *     ""}; group: always {@code ""} (who read a group message is I3's answer)
 * @param quote the quoted message as a JSON string {@code {id, name, preview}}, or {@code ""}
 * @param status 0 normal, 1 recalled
 * @param recalledBy who recalled it, {@code ""} when it was not
 * @param seq the message's place in its conversation, from 1, gap-free
 */
public record ChatLog(
    String id,
    String conversationId,
    String sendId,
    String recvId,
    int msgType,
    String msgContent,
    int chatType,
    long sendTime,
    String readRecords,
    String quote,
    int status,
    String recalledBy,
    List<String> atUsers,
    boolean atAll,
    long seq,
    String clientMsgId) {}
