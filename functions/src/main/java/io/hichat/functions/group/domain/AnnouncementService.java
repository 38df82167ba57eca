package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.AnnouncementStore;
import io.hichat.functions.group.store.GroupStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.group.GroupAnnouncement;
import io.hichat.model.group.GroupAnnouncementPinRequest;
import io.hichat.model.group.GroupAnnouncementRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announcements (G31–G33): the owner and admins publish and pin, members read. The newest one is
 * mirrored in {@code groups.notification}; at most one is pinned (pinning one unpins the others).
 */
@Service
public class AnnouncementService {

  static final int MAX_CONTENT = 1024;

  private final GroupAccess access;
  private final AnnouncementStore announcements;
  private final GroupStore groups;
  private final TransactionTemplate tx;
  private final Clock clock;

  public AnnouncementService(
      GroupAccess access,
      AnnouncementStore announcements,
      GroupStore groups,
      TransactionTemplate tx,
      Clock clock) {
    this.access = access;
    this.announcements = announcements;
    this.groups = groups;
    this.tx = tx;
    this.clock = clock;
  }

  public long publish(long userId, GroupAnnouncementRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    String content = Check.required(r.content(), "content").trim();
    if (content.isEmpty()) {
      throw Check.bad("content must not be blank");
    }
    Check.maxLength(content, MAX_CONTENT, "content");
    access.requireAdmin(groupId, userId);
    Long id =
        tx.execute(
            s -> {
              access.lockUsable(groupId);
              access.atLeast(groupId, userId, Roles.ADMIN);
              long created = announcements.insert(groupId, content, userId, clock.millis());
              groups.setNotification(groupId, content, userId);
              return created;
            });
    return id;
  }

  /** Deleted announcements are shown only to the owner and admins who ask for them. */
  public List<GroupAnnouncement> list(long userId, long groupId, Boolean includeDeleted) {
    int role = access.requireMember(groupId, userId);
    return announcements.list(groupId, Boolean.TRUE.equals(includeDeleted) && role >= Roles.ADMIN);
  }

  public void pin(long userId, GroupAnnouncementPinRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    long id = Ids.parse(r.announcementId(), "announcement_id");
    boolean pinned = Check.required(r.pinned(), "pinned");
    access.requireAdmin(groupId, userId);
    tx.executeWithoutResult(
        s -> {
          access.lockUsable(groupId);
          access.atLeast(groupId, userId, Roles.ADMIN);
          announcements
              .find(groupId, id)
              .orElseThrow(() -> new DomainException(ErrorCode.ANNOUNCEMENT_NOT_FOUND));
          announcements.pin(groupId, id, pinned, clock.millis());
        });
  }
}
