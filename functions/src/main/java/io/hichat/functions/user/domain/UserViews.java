package io.hichat.functions.user.domain;

import io.hichat.functions.user.store.UserRow;
import io.hichat.model.user.User;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Maps rows to the wire's User; others never see a user's phone or email. */
public final class UserViews {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private UserViews() {}

  public static User self(UserRow row) {
    return view(row, true);
  }

  public static User other(UserRow row) {
    return view(row, false);
  }

  private static User view(UserRow row, boolean self) {
    return new User(
        Long.toString(row.id()),
        self ? row.phone() : "",
        row.nickname(),
        row.sex(),
        row.avatar(),
        row.lastLogin() == null || !self ? "" : TIME.format(row.lastLogin()),
        row.introduction(),
        self && row.email() != null ? row.email() : "",
        row.region(),
        row.occupation(),
        row.tags() == null ? "[]" : row.tags(),
        row.momentsCover());
  }
}
