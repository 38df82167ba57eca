package io.hichat.functions.group.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.group.store.InviteLinkStore;
import io.hichat.functions.group.store.LinkRow;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.group.GroupInviteLink;
import io.hichat.model.group.GroupInviteLinkCreateRequest;
import io.hichat.model.group.GroupInviteLinkQuery;
import io.hichat.model.group.GroupInviteLinkRevokeRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invite links (G24–G26): made and listed by the owner and admins, revoked also by their creator.
 */
@Service
public class InviteLinkService {

  static final long MAX_EXPIRE_SECONDS = Duration.ofDays(365).toSeconds();
  static final int MAX_USES = 100_000;

  private final SecureRandom random = new SecureRandom();
  private final GroupAccess access;
  private final InviteLinkStore links;
  private final TransactionTemplate tx;
  private final Clock clock;

  public InviteLinkService(
      GroupAccess access, InviteLinkStore links, TransactionTemplate tx, Clock clock) {
    this.access = access;
    this.links = links;
    this.tx = tx;
    this.clock = clock;
  }

  public GroupInviteLink create(long userId, GroupInviteLinkCreateRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    long expireSeconds = r.expireSeconds() == null ? 0 : r.expireSeconds();
    if (expireSeconds < 0 || expireSeconds > MAX_EXPIRE_SECONDS) {
      throw Check.bad("expire_seconds must be between 0 and " + MAX_EXPIRE_SECONDS);
    }
    int maxUses = Check.range(r.maxUses(), 0, MAX_USES, 0, "max_uses");
    access.requireAdmin(groupId, userId);
    String token = token();
    return tx.execute(
        s -> {
          long now = clock.millis();
          access.lockUsable(groupId);
          access.atLeast(groupId, userId, Roles.ADMIN);
          links.insert(
              groupId,
              token,
              userId,
              expireSeconds == 0 ? 0 : now + expireSeconds * 1000,
              maxUses,
              now);
          return GroupViews.link(links.find(token).orElseThrow());
        });
  }

  public List<GroupInviteLink> list(long userId, GroupInviteLinkQuery q) {
    long groupId = Ids.parse(q.groupId(), "group_id");
    access.requireAdmin(groupId, userId);
    return links.list(groupId, Boolean.TRUE.equals(q.includeRevoked())).stream()
        .map(GroupViews::link)
        .toList();
  }

  public void revoke(long userId, GroupInviteLinkRevokeRequest r) {
    long groupId = Ids.parse(r.groupId(), "group_id");
    String token =
        Check.maxLength(Check.required(r.token(), "token").trim(), JoinService.MAX_TOKEN, "token");
    int role = access.requireMember(groupId, userId);
    LinkRow link =
        links
            .find(token)
            .filter(l -> l.groupId() == groupId)
            .orElseThrow(() -> new DomainException(ErrorCode.INVITE_LINK_NOT_FOUND));
    if (role < Roles.ADMIN && link.createdBy() != userId) {
      throw new DomainException(ErrorCode.GROUP_ADMIN_REQUIRED);
    }
    links.revoke(link.id(), clock.millis());
  }

  /** 192 random bits, URL-safe. */
  private String token() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
