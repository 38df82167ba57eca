package io.hichat.functions.group.store;

/** The caller's receipt of a request or invitation: read, and whether they may still act on it. */
public record Receipt(boolean read, boolean actionable) {

  public static final Receipt NONE = new Receipt(true, false);

  public static final String GROUP = "group";
  public static final String GROUP_INVITE = "group_invite";
  public static final String APPLY = "apply";
  public static final String RESULT = "result";
  public static final String INVITE = "invite";
}
