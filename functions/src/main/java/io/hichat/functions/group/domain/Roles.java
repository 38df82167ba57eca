package io.hichat.functions.group.domain;

/** Group roles as stored in {@code group_members.role_level} (SEED-SPEC §9 item 4). */
public final class Roles {

  public static final int MEMBER = 0;
  public static final int ADMIN = 1;
  public static final int OWNER = 2;

  /**
   * How a member joined ({@code join_source}): 0 created the group, 1 applied, 2 invited, 3 link.
   */
  public static final int CREATED = 0;

  public static final int APPLY = 1;
  public static final int INVITE = 2;
  public static final int LINK = 3;

  private Roles() {}
}
