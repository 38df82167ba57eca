package io.hichat.functions.user.store;

/** Columns of {@code users} to change; {@code null} leaves a column as it is. */
public record ProfileChange(
    String nickname,
    String phone,
    String avatar,
    Integer sex,
    String introduction,
    String region,
    String occupation,
    String tags,
    String momentsCover) {

  public boolean isEmpty() {
    return nickname == null
        && phone == null
        && avatar == null
        && sex == null
        && introduction == null
        && region == null
        && occupation == null
        && tags == null
        && momentsCover == null;
  }
}
