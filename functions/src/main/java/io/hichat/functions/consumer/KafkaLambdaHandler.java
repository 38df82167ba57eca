package io.hichat.functions.consumer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.lambda.HichatRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;
import org.springframework.beans.factory.BeanFactory;

/**
 * The Lambda handler of every Kafka consumer function ({@code
 * io.hichat.functions.consumer.KafkaLambdaHandler::handleRequest}): reads Lambda's Kafka event and
 * invokes the function bean named by {@code spring.cloud.function.definition}. The local Kafka
 * trigger calls this same method with the same event bytes. A thrown exception fails the
 * invocation, so the batch is delivered again.
 */
public final class KafkaLambdaHandler implements RequestStreamHandler {

  private static final class Shared {
    static final HichatRuntime RUNTIME = HichatRuntime.start();
  }

  private final BeanFactory beans;
  private final String function;

  /** Used by AWS Lambda: the process-wide application and the deployed function's name. */
  public KafkaLambdaHandler() {
    this(
        Shared.RUNTIME.context(),
        Shared.RUNTIME
            .context()
            .getEnvironment()
            .getRequiredProperty("spring.cloud.function.definition"));
  }

  public KafkaLambdaHandler(BeanFactory beans, String function) {
    this.beans = beans;
    this.function = function;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    KafkaEvent event = JsonCodec.events().readValue(input, KafkaEvent.class);
    Function<KafkaEvent, ConsumerReport> consumer = beans.getBean(function, Function.class);
    ConsumerReport report = consumer.apply(event);
    JsonCodec.strict().writeValue(output, report);
  }
}
