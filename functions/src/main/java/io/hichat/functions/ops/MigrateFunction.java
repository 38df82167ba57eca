package io.hichat.functions.ops;

import com.mongodb.client.MongoDatabase;
import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.im.store.ChatIndexes;
import io.hichat.model.event.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.stereotype.Component;

/**
 * The deploy-time provisioning function: applies the MySQL migrations, ensures the chat indexes in
 * MongoDB, then creates the Kafka topics that are missing ({@link KafkaTopics}). The CDK app
 * deploys it as its own Lambda ({@code SPRING_CLOUD_FUNCTION_DEFINITION=migrate}) behind a
 * CloudFormation custom resource, whose provider invokes it with the custom-resource event on every
 * create and update of the API stack, so the schema and the topics are there before the route and
 * consumer functions change. On delete it does nothing: the data outlives the stack.
 *
 * <p>The answer is the provider's response shape: a fixed {@code PhysicalResourceId} and {@code
 * Data} with the schema version and the topics created, which the stack shows as outputs. A failed
 * migration or topic creation throws, and the deployment fails and rolls back.
 *
 * <p>Not an {@code Endpoint}: it has no route.
 */
@Component("migrate")
public class MigrateFunction implements Function<Map<String, Object>, Map<String, Object>> {

  static final String PHYSICAL_ID = "hichat-mysql-migrations";

  private final DataSource dataSource;
  private final HichatProperties props;
  private final MongoDatabase mongo;

  public MigrateFunction(DataSource dataSource, HichatProperties props, MongoDatabase mongo) {
    this.dataSource = dataSource;
    this.props = props;
    this.mongo = mongo;
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
      data.put("mongoIndexes", new ChatIndexes(mongo).ensure());
      List<String> created = new KafkaTopics(props.kafka()).ensure();
      data.put("topicsCreated", Integer.toString(created.size()));
      data.put("topics", Topics.all().size());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("PhysicalResourceId", PHYSICAL_ID);
    answer.put("Data", data);
    return answer;
  }
}
