package io.hichat.functions.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.stereotype.Component;

/**
 * The deploy-time migration function. The CDK app deploys it as its own Lambda ({@code
 * SPRING_CLOUD_FUNCTION_DEFINITION=migrate}) behind a CloudFormation custom resource, whose
 * provider invokes it with the custom-resource event on every create and update of the API stack,
 * so the schema is current before the route functions change. On delete it does nothing: the data
 * outlives the stack.
 *
 * <p>The answer is the provider's response shape: a fixed {@code PhysicalResourceId} and {@code
 * Data} with the schema version, which the stack shows as an output. A failed migration throws, and
 * the deployment fails and rolls back.
 *
 * <p>Not an {@code Endpoint}: it has no route.
 */
@Component("migrate")
public class MigrateFunction implements Function<Map<String, Object>, Map<String, Object>> {

  static final String PHYSICAL_ID = "hichat-mysql-migrations";

  private final DataSource dataSource;

  public MigrateFunction(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Map<String, Object> apply(Map<String, Object> event) {
    Object requestType = event == null ? null : event.get("RequestType");
    Map<String, Object> data = new LinkedHashMap<>();
    if ("Delete".equals(requestType)) {
      data.put("skipped", "delete");
    } else {
      MigrateResult result = new Migrator(dataSource).migrate();
      String before = result.initialSchemaVersion == null ? "" : result.initialSchemaVersion;
      String after = result.targetSchemaVersion == null ? before : result.targetSchemaVersion;
      data.put("schemaVersion", after);
      data.put("previousSchemaVersion", before);
      data.put("migrationsExecuted", result.migrationsExecuted);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("PhysicalResourceId", PHYSICAL_ID);
    answer.put("Data", data);
    return answer;
  }
}
