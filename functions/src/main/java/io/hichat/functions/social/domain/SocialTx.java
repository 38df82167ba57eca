package io.hichat.functions.social.domain;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the social domain: READ COMMITTED, so that a statement run after a lock was
 * granted sees what the lock's previous holder committed; a transaction chosen as a deadlock victim
 * or timed out on a lock is run again, up to {@link #ATTEMPTS} times. A {@code DomainException}
 * thrown inside rolls everything back.
 */
@Component
public class SocialTx {

  static final int ATTEMPTS = 3;

  private final TransactionTemplate tx;

  public SocialTx(PlatformTransactionManager transactions) {
    this.tx = new TransactionTemplate(transactions);
    this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
  }

  public <T> T write(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(status -> work.get());
      } catch (PessimisticLockingFailureException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  public void run(Runnable work) {
    write(
        () -> {
          work.run();
          return null;
        });
  }
}
