package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** mongo-java-server's H2 backend on a file, with {@link StandInDatabase}'s faster indexes. */
public final class StandInBackend extends H2Backend {

  public StandInBackend(String fileName) {
    super(fileName);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return StandInDatabase.open(databaseName, getMvStore(), getCursorRegistry());
  }
}
