package io.hichat.model.im;

/**
 * Where chat lives in MongoDB: the contract between the chat consumer (functions, the only writer
 * of messages) and the readers (IM REST functions, the connectors' {@code chat.sync}). No
 * multi-document transactions: every write is idempotent under a unique index.
 *
 * <h2>{@value #CHAT_LOGS}</h2>
 *
 * One document per message: {@code _id} ObjectId (its hex is the {@code msgId}), {@code
 * conversationId}, {@code seq} (long, per conversation from 1, gap-free), {@code clientMsgId},
 * {@code sendId} (long), {@code recvId} (long: peer or group), {@code chatType}, {@code msgType},
 * {@code msgContent}, {@code quote}, {@code atUsers} (longs), {@code atAll}, {@code sendTime} (unix
 * ms), {@code status} (0 normal, 1 recalled), {@code recalledBy} (long), {@code recalledAt} (unix
 * ms), {@code recallPublished} (written by the recall endpoint: false from the status flip until
 * the {@code im.recall} event is acknowledged, then true; a recall of a message whose event was not
 * acknowledged publishes it again). Unique indexes {@code (conversationId, seq)} and {@code
 * (conversationId, sendId, clientMsgId)}.
 *
 * <h2>{@value #CONVERSATION}</h2>
 *
 * One document per conversation, {@code _id} = conversation id: {@code chatType}, {@code seq} (the
 * latest message's), {@code lastMsg} (that message's document), {@code updatedAt}.
 *
 * <h2>{@value #MEMBERS}</h2>
 *
 * One document per (user, conversation), {@code _id} = {@code <userId>:<conversationId>}: {@code
 * userId}, {@code conversationId}, {@code chatType}, {@code readSeq} (the user has read up to here;
 * the sender's own messages count as read), {@code readAt} (unix ms of the last advance), {@code
 * isShow}, {@code isTop}, {@code isMute}, {@code atMeSeq} (the latest seq that mentions the user),
 * {@code hiddenSeq} (hidden up to this seq), {@code removedSeq} (group only: the last seq the user
 * may see after removal; absent while a member), {@code relVersion} (group only: the version of the
 * last relation event applied to the document; an older event leaves it alone). Unread = {@code
 * conversation.seq − readSeq}; "has @-me" = {@code atMeSeq > readSeq}; hidden = {@code isShow}
 * false and {@code hiddenSeq ≥ conversation.seq} (a new message shows it again). Indexes {@code
 * userId}, {@code conversationId}.
 *
 * <p>Who writes what: the chat consumer upserts the sender's document ({@code readSeq} raised to
 * its own last message) and, in a single chat, the peer's, setting {@code isShow} true on both for
 * every new message; in a group it writes no document per member. A conversation is therefore
 * listed when {@code isShow} is true <em>or</em> {@code conversation.seq > hiddenSeq} (a message
 * arrived after it was hidden): readers apply that arithmetic, so a new group message shows a
 * hidden group again without a write per member. The relation consumer upserts a group member's
 * document when the member joins ({@code readSeq} = the conversation's seq at that moment, so the
 * history before it is not unread — it stays readable) and sets {@code removedSeq} when they leave
 * or the group is disbanded.
 */
public final class ChatSchema {

  public static final String CHAT_LOGS = "chat_logs";
  public static final String CONVERSATION = "conversation";
  public static final String MEMBERS = "conversation_members";

  public static final int STATUS_NORMAL = 0;
  public static final int STATUS_RECALLED = 1;

  private ChatSchema() {}

  public static String memberId(long userId, String conversationId) {
    return userId + ":" + conversationId;
  }
}
