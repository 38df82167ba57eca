package io.hichat.functions.social.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The public part of another user's profile, as lists of friends and requests show it: never the
 * phone, email or last login.
 */
public record PeerProfile(
    String nickname,
    String avatar,
    int sex,
    String introduction,
    String region,
    String occupation,
    String tags,
    int status,
    int type) {

  /** The {@code users} columns this record reads, for a table aliased {@code u}. */
  static final String COLUMNS =
      "u.nickname, u.avatar, u.sex, u.introduction, u.region, u.occupation, u.tags, u.status,"
          + " u.type";

  static PeerProfile read(ResultSet rs) throws SQLException {
    return new PeerProfile(
        rs.getString("nickname"),
        rs.getString("avatar"),
        rs.getInt("sex"),
        rs.getString("introduction"),
        rs.getString("region"),
        rs.getString("occupation"),
        rs.getString("tags"),
        rs.getInt("status"),
        rs.getInt("type"));
  }
}
