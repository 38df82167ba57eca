package io.hichat.functions.group.domain;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The invitation-expiry job (SEED-SPEC §5.15), a scheduled function: pending invitations past
 * {@code expires_at} become expired (4) and their receipts are closed, in batches. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so concurrent runs never fight over one batch; accepting an
 * expired invitation is refused by the accept path as well, so the job only tidies up.
 */
@Component("groupInvitationExpiry")
public class InvitationExpiry implements Supplier<InvitationExpiry.Result> {

  static final int BATCH = 200;

  /** How many invitations this run expired. */
  public record Result(int expired) {}

  private final InvitationService invitations;

  public InvitationExpiry(InvitationService invitations) {
    this.invitations = invitations;
  }

  @Override
  public Result get() {
    int total = 0;
    while (true) {
      int expired = invitations.expireBatch(BATCH);
      total += expired;
      if (expired < BATCH) {
        return new Result(total);
      }
    }
  }
}
