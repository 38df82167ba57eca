package io.hichat.functions.user.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.user.store.ProfileChange;
import io.hichat.functions.user.store.UserRow;
import io.hichat.functions.user.store.UserStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.user.UpdateUserRequest;
import io.hichat.model.user.User;
import io.hichat.model.user.UserSearchQuery;
import io.hichat.model.user.UserSearchResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Profile reads and updates, and user search with the privacy switches honoured. */
@Service
public class ProfileService {

  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_IDS = 100;

  private final UserStore users;
  private final AccountService accounts;
  private final VerificationCodes codes;
  private final UserSettings settings;

  public ProfileService(
      UserStore users, AccountService accounts, VerificationCodes codes, UserSettings settings) {
    this.users = users;
    this.accounts = accounts;
    this.codes = codes;
    this.settings = settings;
  }

  public User detail(long userId) {
    return UserViews.self(load(userId));
  }

  public void update(long userId, UpdateUserRequest r) {
    UserRow user = load(userId);
    if (r.type() != null && r.type() != user.type()) {
      throw new DomainException(ErrorCode.FORBIDDEN, "type cannot be changed");
    }
    String phone = null;
    if (r.phone() != null && !r.phone().equals(user.phone())) {
      phone = Check.phone(r.phone());
      Check.code(r.phoneCode(), "phoneCode");
      if (users.byPhone(phone).isPresent()) {
        throw new DomainException(ErrorCode.PHONE_ALREADY_REGISTERED);
      }
    }
    if (r.password() != null) {
      Check.password(r.password(), "password");
      Check.required(r.oldPassword(), "oldPassword");
      if (!accounts.passwordMatches(user, r.oldPassword())) {
        throw new DomainException(ErrorCode.OLD_PASSWORD_WRONG);
      }
    }
    ProfileChange change =
        new ProfileChange(
            nickname(r.name()),
            phone,
            Check.maxLength(r.avatar(), 255, "avatar"),
            r.sex() == null ? null : Check.range(r.sex(), 0, 2, 0, "sex"),
            Check.maxLength(r.introduction(), 100, "introduction"),
            Check.maxLength(r.region(), 100, "region"),
            Check.maxLength(r.occupation(), 100, "occupation"),
            r.tags() == null ? null : Tags.jsonArray(r.tags(), "tags", 2000),
            Check.maxLength(r.momentsCover(), 255, "moments_cover"));
    // every check passed: only now use up the code and write
    if (phone != null) {
      codes.consume(Channel.SMS, phone, r.phoneCode());
    }
    if (!users.update(userId, change)) {
      throw new DomainException(ErrorCode.USER_NOT_FOUND);
    }
    if (r.password() != null) {
      accounts.changePassword(userId, r.password());
    }
  }

  public UserSearchResult search(long callerId, UserSearchQuery q) {
    if (notBlank(q.phone())) {
      return exact(callerId, users.byPhone(q.phone()).stream().toList(), UserSettings.BY_PHONE);
    }
    if (notBlank(q.email())) {
      return exact(
          callerId,
          users.byEmail(q.email().toLowerCase(java.util.Locale.ROOT)).stream().toList(),
          UserSettings.BY_EMAIL);
    }
    if (q.ids() != null && !q.ids().isEmpty()) {
      return exact(callerId, users.byIds(parseIds(q.ids())), UserSettings.BY_ID);
    }
    String name = Check.required(q.name(), "name, phone, email or ids");
    Check.maxLength(name, 64, "name");
    int page = Check.range(q.page(), 0, 10_000, 0, "page");
    int size = Check.range(q.size(), 1, MAX_PAGE_SIZE, 20, "size");
    // page 0 means "no paging" in the reference; HiChat still caps it at one full page
    int offset = page <= 1 ? 0 : (page - 1) * size;
    int limit = page == 0 ? MAX_PAGE_SIZE : size;
    List<User> found =
        users.byNickname(name, offset, limit).stream().map(UserViews::other).toList();
    return new UserSearchResult(found, users.countByNickname(name));
  }

  private UserSearchResult exact(long callerId, List<UserRow> rows, String privacySwitch) {
    Map<Long, Map<String, Object>> prefs =
        privacySwitch == null
            ? Map.of()
            : settings.parsed(rows.stream().map(UserRow::id).filter(id -> id != callerId).toList());
    List<User> visible = new ArrayList<>();
    for (UserRow row : rows) {
      if (row.id() == callerId) {
        visible.add(UserViews.self(row));
      } else if (row.status() == 1
          && (privacySwitch == null
              || UserSettings.enabled(prefs.getOrDefault(row.id(), Map.of()), privacySwitch))) {
        visible.add(UserViews.other(row));
      }
    }
    return new UserSearchResult(visible, visible.size());
  }

  private static Set<Long> parseIds(List<String> raw) {
    if (raw.size() > MAX_IDS) {
      throw Check.bad("at most " + MAX_IDS + " ids");
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String s : raw) {
      try {
        ids.add(Long.parseLong(s.trim()));
      } catch (NumberFormatException e) {
        throw Check.bad("ids must be numeric user ids");
      }
    }
    return ids;
  }

  private static String nickname(String name) {
    if (name == null) {
      return null;
    }
    if (name.isBlank()) {
      throw Check.bad("name cannot be blank");
    }
    return Check.maxLength(name.trim(), 64, "name");
  }

  private UserRow load(long userId) {
    return users.byId(userId).orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND));
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
