package io.hichat.cdk.stacks;

import io.hichat.cdk.constructs.HichatFunction;
import io.hichat.cdk.constructs.KafkaConsumerFunction;
import io.hichat.cdk.constructs.LambdaArtifact;
import io.hichat.model.route.ConsumerCatalog;
import io.hichat.model.route.ConsumerCatalog.Consumer;
import io.hichat.model.route.ConsumerCatalog.Schedule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The functions that are not routes, from the consumer catalogue: one per Kafka consumer (event
 * source mapping, retries, dead-letter queue) and one per schedule (an EventBridge rule at its
 * rate). All use Spring Cloud Function's invoker with the bean named by their definition.
 */
public final class ConsumersStack extends Stack {

  /** Consumers and schedules may run longer than a request. */
  static final Duration TIMEOUT = Duration.minutes(2);

  private final Map<String, KafkaConsumerFunction> consumers = new LinkedHashMap<>();
  private final Map<String, HichatFunction> schedules = new LinkedHashMap<>();

  public ConsumersStack(
      Construct scope,
      String id,
      StackProps props,
      ConsumerCatalog catalog,
      FunctionDefaults defaults,
      MessagingStack messaging) {
    super(scope, id, props);
    Code code = defaults.artifact().code();
    for (Consumer consumer : catalog.consumers()) {
      consumers.put(
          consumer.function(),
          new KafkaConsumerFunction(
              this,
              consumer.function(),
              new KafkaConsumerFunction.Props(
                  consumer,
                  messaging.clusterArn(),
                  defaults.props(
                      code,
                      consumer.function(),
                      LambdaArtifact.CONSUMER_HANDLER,
                      Map.of(
                          "HICHAT_CONSUMER_MAX_RETRIES", Integer.toString(consumer.maxRetries())),
                      TIMEOUT,
                      true,
                      "consumes " + consumer.topic()),
                  defaults.alarms())));
    }
    for (Schedule schedule : catalog.schedules()) {
      HichatFunction function =
          new HichatFunction(
              this,
              schedule.function(),
              defaults.props(
                  code,
                  schedule.function(),
                  LambdaArtifact.FUNCTION_HANDLER,
                  Map.of(),
                  TIMEOUT,
                  true,
                  "every " + schedule.rate().toMinutes() + " min"));
      Rule.Builder.create(this, schedule.function() + "Schedule")
          .description("HiChat " + schedule.function())
          .schedule(
              software.amazon.awscdk.services.events.Schedule.rate(
                  Duration.minutes(schedule.rate().toMinutes())))
          .targets(List.of(new LambdaFunction(function.alias())))
          .build();
      schedules.put(schedule.function(), function);
    }
  }

  public Map<String, KafkaConsumerFunction> consumers() {
    return consumers;
  }

  public Map<String, HichatFunction> schedules() {
    return schedules;
  }
}
