package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/** mongo-java-server's H2 backend on a file, with {@link StandInDatabase}'s faster indexes. */
public final class StandInBackend extends H2Backend {

  /**
   * Keys per B-tree page before it splits (H2's default: 48). Every write copies its page and the
   * pages above it, and every page changed since the last commit stays in the heap until then: with
   * 16, the chat indexes' pages that each message touches are a third of the size, the store uses
   * about a tenth less CPU per message and its collector promotes less (docs/BENCHMARKS.md,
   * fourteenth pass). Pages of either size read back the same; a file written with the default
   * opens unchanged.
   */
  static final int KEYS_PER_PAGE = 16;

  public StandInBackend(String fileName) {
    super(new MVStore.Builder().fileName(fileName).keysPerPage(KEYS_PER_PAGE).open());
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return StandInDatabase.open(databaseName, getMvStore(), getCursorRegistry());
  }
}
