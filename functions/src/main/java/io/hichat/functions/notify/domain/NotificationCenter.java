package io.hichat.functions.notify.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.consumer.PoisonRecordException;
import io.hichat.functions.delivery.DeliveryPublisher;
import io.hichat.functions.notify.store.NotificationStore;
import io.hichat.model.delivery.Push;
import io.hichat.model.event.NotifyEvent;
import io.hichat.model.notify.MarkReadRequest;
import io.hichat.model.notify.MarkReadResult;
import io.hichat.model.notify.NotificationItem;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification center (SEED-SPEC §5.4): stores each notification once, never for its own actor,
 * pushes new unread ones to the receiver's online devices, and marks read — also ahead of arrival.
 */
@Service
public class NotificationCenter {

  static final int MAX_FILTER_ITEMS = 200;

  private final NotificationStore store;
  private final DeliveryPublisher delivery;
  private final TransactionTemplate tx;
  private final Clock clock;

  public NotificationCenter(
      NotificationStore store, DeliveryPublisher delivery, TransactionTemplate tx, Clock clock) {
    this.store = store;
    this.delivery = delivery;
    this.tx = tx;
    this.clock = clock;
  }

  /** Consumes one event: store once, push when new and unread. */
  public void accept(NotifyEvent e) {
    if (e.receiverId() <= 0 || blank(e.notifyType()) || blank(e.bizId()) || blank(e.eventId())) {
      throw new PoisonRecordException("notification without receiver, type, bizId or eventId");
    }
    if (e.actorId() != null && e.actorId() == e.receiverId()) {
      return;
    }
    NotificationStore.Stored stored = tx.execute(s -> store.store(e));
    if (stored.inserted() && !stored.read()) {
      delivery.push(Push.NOTIFY, List.of(e.receiverId()), stored.item());
    }
  }

  public List<NotificationItem> list(
      long receiver, Boolean unreadOnly, Integer offset, Integer limit) {
    int from = Check.range(offset, 0, 100_000, 0, "offset");
    int size = Check.range(limit, 1, 100, 20, "limit");
    return store.list(receiver, Boolean.TRUE.equals(unreadOnly), from, size);
  }

  public long unread(long receiver) {
    return store.unread(receiver);
  }

  public MarkReadResult markRead(long receiver, MarkReadRequest r) {
    List<Long> ids = new ArrayList<>();
    for (String id : limited(r.ids(), "ids")) {
      try {
        ids.add(Long.parseLong(id));
      } catch (NumberFormatException e) {
        throw Check.bad("ids must be notification ids");
      }
    }
    List<String> types = limited(r.notifyTypes(), "notify_types");
    List<String> bizIds = limited(r.bizIds(), "biz_ids");
    List<Map.Entry<String, String>> targets = new ArrayList<>();
    for (MarkReadRequest.Target t : limited(r.targets(), "targets")) {
      if (t == null || blank(t.notifyType()) || blank(t.bizId())) {
        throw Check.bad("each target needs notify_type and biz_id");
      }
      targets.add(new AbstractMap.SimpleEntry<>(t.notifyType(), t.bizId()));
    }
    types.forEach(t -> Check.maxLength(Check.required(t, "notify_types"), 64, "notify_types"));
    bizIds.forEach(b -> Check.maxLength(Check.required(b, "biz_ids"), 128, "biz_ids"));
    boolean all = ids.isEmpty() && types.isEmpty() && bizIds.isEmpty() && targets.isEmpty();
    Long affected =
        tx.execute(
            s -> {
              if (all) {
                store.markAllReadBefore(receiver, new Timestamp(clock.millis()));
              } else {
                store.addReadIntents(receiver, targets);
              }
              return store.markRead(receiver, ids, types, bizIds, targets);
            });
    return new MarkReadResult(affected == null ? 0 : affected, store.unread(receiver));
  }

  private static <T> List<T> limited(List<T> list, String field) {
    if (list == null) {
      return List.of();
    }
    if (list.size() > MAX_FILTER_ITEMS) {
      throw Check.bad(field + " may name at most " + MAX_FILTER_ITEMS + " items");
    }
    return list;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
