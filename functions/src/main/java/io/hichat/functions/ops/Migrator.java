package io.hichat.functions.ops;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned MySQL migrations under {@code db/migration}. Run at deploy time (and by the
 * local stack's provision step), never on a handler's cold start.
 */
public final class Migrator {

  private final DataSource dataSource;

  public Migrator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public MigrateResult migrate() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
