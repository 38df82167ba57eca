package io.hichat.functions.im.domain;

import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.im.store.RelationGate;
import io.hichat.model.event.RecallEvent;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import io.hichat.model.ws.WsMethods;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Recall frames (contentType 9) for a message whose status just flipped: to the peer and every
 * device of the original sender in a single chat; to every current member of a group (the sender's
 * other devices included). Nothing is written, so a replay sends the same frames again, which
 * clients drop by msgId.
 */
@Service
public class RecallFanout {

  private final RelationGate relations;
  private final ChatDelivery delivery;

  public RecallFanout(RelationGate relations, ChatDelivery delivery) {
    this.relations = relations;
    this.delivery = delivery;
  }

  /** Returns the number of pushes published. */
  public int accept(RecallEvent e) {
    Set<Long> receivers = new LinkedHashSet<>();
    if (e.chatType() == ChatTypes.SINGLE) {
      long peer = ConversationIds.peer(e.conversationId(), e.sendId());
      if (peer <= 0) {
        throw new PoisonRecordException("recall event whose sender is not a party to the chat");
      }
      receivers.add(peer);
    } else if (e.chatType() == ChatTypes.GROUP
        && ConversationIds.group(e.recvId()).equals(e.conversationId())) {
      receivers.addAll(relations.groupMembers(e.recvId()));
    } else {
      throw new PoisonRecordException("recall event whose conversation does not match its type");
    }
    if (e.msgId() == null || !ObjectId.isValid(e.msgId()) || e.recalledBy() <= 0) {
      throw new PoisonRecordException("recall event without a message id or who recalled it");
    }
    receivers.add(e.sendId());
    return delivery.send(
        List.of(new ChatDelivery.Frame(WsMethods.PUSH_CHAT, receivers, ChatPushes.recall(e))));
  }
}
