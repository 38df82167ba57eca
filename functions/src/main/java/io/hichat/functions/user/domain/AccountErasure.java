package io.hichat.functions.user.domain;

/**
 * What another domain does when an account is deleted: called inside the deletion's transaction, so
 * the account and everything that pointed at it go together, and the domain's events (a friend
 * removed, a member gone) are written to the outbox in that same transaction.
 */
public interface AccountErasure {

  void erase(long userId);
}
