package io.hichat.functions.local;

import io.hichat.functions.lambda.LambdaHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Measures the Lambda entry path's cold start the way a new Lambda sandbox meets it: from JVM start
 * to the first successful invocation of {@link LambdaHandler} (its no-argument constructor, as AWS
 * uses it), for the route named by {@code spring.cloud.function.definition}. Prints milliseconds.
 *
 * <p>Usage: {@code ColdStartProbe METHOD PATH [JSON-BODY]}; the engines' {@code HICHAT_*} variables
 * must be set for routes that use them.
 */
public final class ColdStartProbe {

  private ColdStartProbe() {}

  public static void main(String[] args) {
    int status = 1;
    try {
      status = probe(args);
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      System.exit(status);
    }
  }

  private static int probe(String[] args) throws Exception {
    String method = args.length > 0 ? args[0] : "GET";
    String path = args.length > 1 ? args[1] : "/.well-known/jwks.json";
    String body = args.length > 2 ? args[2] : null;
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainAt = System.currentTimeMillis();

    LambdaHandler handler = new LambdaHandler();
    long initAt = System.currentTimeMillis();

    String event =
        """
        {"version":"2.0","routeKey":"$default","rawPath":"%s","rawQueryString":"",
         "headers":{"content-type":"application/json"},
         "requestContext":{"http":{"method":"%s","path":"%s","sourceIp":"127.0.0.1"},
                           "requestId":"probe","stage":"$default"},
         "body":%s,"isBase64Encoded":false}
        """
            .formatted(path, method, path, body == null ? "null" : quote(body));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    long firstAt = System.currentTimeMillis();

    ByteArrayOutputStream second = new ByteArrayOutputStream();
    long warmStart = System.nanoTime();
    handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), second, null);
    long warmMicros = (System.nanoTime() - warmStart) / 1000;

    String response = out.toString(StandardCharsets.UTF_8);
    boolean ok = response.contains("\"statusCode\":200");
    System.out.printf(
        "route=%s %s ok=%s jvm_to_main_ms=%d init_ms=%d first_invoke_ms=%d total_ms=%d"
            + " second_invoke_us=%d%n",
        method,
        path,
        ok,
        mainAt - jvmStart,
        initAt - mainAt,
        firstAt - initAt,
        firstAt - jvmStart,
        warmMicros);
    if (!ok) {
      System.err.println(response);
    }
    return ok ? 0 : 1;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
