package io.hichat.functions.user.domain;

import io.hichat.functions.auth.AccessTokens;
import io.hichat.functions.auth.TokenVersions;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.delivery.DeliveryPublisher;
import io.hichat.functions.user.store.UserRow;
import io.hichat.functions.user.store.UserStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.user.TokenResult;
import io.hichat.model.ws.WsMethods;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Registration, login, password reset and account deletion (SEED-SPEC §5.1). */
@Service
public class AccountService {

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);

  /** Compared against when the phone is unknown, so both failures cost the same time. */
  private static final String DUMMY_HASH =
      "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z1ZVBm7PvvKhU5m8V9eQ7l2e";

  private final UserStore users;
  private final PasswordEncoder passwords;
  private final VerificationCodes codes;
  private final LoginGuard guard;
  private final AccessTokens tokens;
  private final TokenVersions versions;
  private final DeliveryPublisher delivery;
  private final UserMedia media;
  private final List<AccountErasure> erasures;
  private final TransactionTemplate tx;
  private final Clock clock;

  public AccountService(
      UserStore users,
      PasswordEncoder passwords,
      VerificationCodes codes,
      LoginGuard guard,
      AccessTokens tokens,
      TokenVersions versions,
      DeliveryPublisher delivery,
      UserMedia media,
      List<AccountErasure> erasures,
      TransactionTemplate tx,
      Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.codes = codes;
    this.guard = guard;
    this.tokens = tokens;
    this.versions = versions;
    this.delivery = delivery;
    this.media = media;
    this.erasures = erasures;
    this.tx = tx;
    this.clock = clock;
  }

  public record Registration(
      String phone, String password, String nickname, int sex, String avatar, String phoneCode) {}

  public TokenResult register(Registration r) {
    if (users.byPhone(r.phone()).isPresent()) {
      throw new DomainException(ErrorCode.PHONE_ALREADY_REGISTERED);
    }
    codes.consume(Channel.SMS, r.phone(), r.phoneCode());
    String nickname = r.nickname() == null || r.nickname().isBlank() ? r.phone() : r.nickname();
    long id =
        users.insert(r.phone(), nickname, passwords.encode(r.password()), r.sex(), r.avatar());
    users.touchLogin(id, clock.instant());
    return tokens.issue(id, 0);
  }

  public TokenResult login(String phone, String password) {
    guard.checkNotLocked(phone);
    UserRow user = users.byPhone(phone).orElse(null);
    String hash = user == null ? DUMMY_HASH : user.passwordHash();
    boolean matches = passwords.matches(password, hash);
    if (user == null || !matches || user.status() != 1) {
      guard.recordFailure(phone);
      throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
    }
    guard.recordSuccess(phone);
    users.touchLogin(user.id(), clock.instant());
    return tokens.issue(user.id(), user.tokenVersion());
  }

  /** Resets the password with a code sent to the account's phone or email; revokes every token. */
  public void resetPassword(Channel channel, String target, String code, String newPassword) {
    UserRow user =
        (channel == Channel.SMS ? users.byPhone(target) : users.byEmail(target))
            .orElseThrow(() -> new DomainException(ErrorCode.CODE_INVALID));
    codes.consume(channel, target, code);
    changePassword(user.id(), newPassword);
    guard.recordSuccess(user.phone());
  }

  /** Sets a new password and revokes every token issued before. */
  public void changePassword(long userId, String newPassword) {
    OptionalInt version = users.changePassword(userId, passwords.encode(newPassword));
    versions.publish(
        userId, version.orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND)));
    closeSockets(userId, "password_changed");
  }

  /**
   * Closes the user's open WebSockets after their tokens were revoked (the handshake refuses the
   * old tokens already). Best effort: the revocation stands if Redis cannot take the push.
   */
  private void closeSockets(long userId, String reason) {
    try {
      delivery.push(WsMethods.PUSH_SESSION_REVOKED, List.of(userId), Map.of("reason", reason));
    } catch (RuntimeException e) {
      log.warn("could not close the sockets of user {} ({}): {}", userId, reason, e.toString());
    }
  }

  public boolean passwordMatches(UserRow user, String password) {
    return passwords.matches(password, user.passwordHash());
  }

  public void bindEmail(long userId, String email, String code) {
    users
        .byEmail(email)
        .filter(other -> other.id() != userId)
        .ifPresent(
            other -> {
              throw new DomainException(ErrorCode.EMAIL_IN_USE);
            });
    codes.consume(Channel.EMAIL, email, code);
    if (!users.setEmail(userId, email)) {
      throw new DomainException(ErrorCode.USER_NOT_FOUND);
    }
  }

  /**
   * Deletes the account for real: its rows and what other domains hold about it (friendships,
   * memberships, requests — each domain's {@link AccountErasure}, in the same transaction), its
   * tokens and its uploaded files.
   */
  public void delete(long userId) {
    boolean deleted =
        Boolean.TRUE.equals(
            tx.execute(
                s -> {
                  erasures.forEach(erasure -> erasure.erase(userId));
                  if (!users.delete(userId)) {
                    s.setRollbackOnly();
                    return false;
                  }
                  return true;
                }));
    if (!deleted) {
      throw new DomainException(ErrorCode.USER_NOT_FOUND);
    }
    versions.publishDeleted(userId);
    closeSockets(userId, "account_deleted");
    media.deleteAllOf(userId);
  }
}
