package io.hichat.functions.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.hichat.functions.http.HttpApiEvent;
import io.hichat.functions.http.HttpApiResponse;
import io.hichat.functions.http.HttpEntry;
import io.hichat.functions.http.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda handler of every REST function ({@code
 * io.hichat.functions.lambda.LambdaHandler::handleRequest}): reads the API Gateway HTTP API event,
 * hands it to {@link HttpEntry}, writes the response. The local gateway calls this same method with
 * the same bytes, so local runs exercise the Lambda path.
 *
 * <p>The application starts once per sandbox, on first use (inside SnapStart's snapshot when the
 * init phase invokes it); {@code spring.cloud.function.definition} names the one route a deployed
 * function serves.
 */
public final class LambdaHandler implements RequestStreamHandler {

  private static final class Shared {
    static final HichatRuntime RUNTIME = HichatRuntime.start();
  }

  private final HttpEntry entry;

  /** Used by AWS Lambda: the process-wide application. */
  public LambdaHandler() {
    this(Shared.RUNTIME.entry());
  }

  /** Used by the local gateway and tests, with an application they started. */
  public LambdaHandler(HttpEntry entry) {
    this.entry = entry;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    HttpApiEvent event = JsonCodec.events().readValue(input, HttpApiEvent.class);
    HttpApiResponse response = entry.handle(event);
    JsonCodec.strict().writeValue(output, response);
  }
}
