package io.hichat.functions.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hichat.functions.http.HttpApiEvent;
import io.hichat.functions.http.HttpApiResponse;
import io.hichat.functions.http.JsonCodec;
import io.hichat.functions.lambda.LambdaHandler;
import io.hichat.model.api.ApiResponse;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway for one machine: turns each HTTP request into the HTTP API (2.0) event that Lambda
 * would receive, serializes it, and invokes {@link LambdaHandler#handleRequest} with those bytes,
 * then writes the handler's response back. Bodies larger than the largest route limit are refused
 * before they are read in full.
 */
public final class LocalGateway implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalGateway.class);

  private final HttpServer server;
  private final ExecutorService workers;
  private final LambdaHandler handler;
  private final int maxBody;

  private LocalGateway(HttpServer server, ExecutorService workers, LambdaHandler handler) {
    this.server = server;
    this.workers = workers;
    this.handler = handler;
    this.maxBody =
        RouteCatalog.get().routes().stream().mapToInt(Route::maxBodyBytes).max().orElse(65536);
  }

  /** Starts serving on {@code host:port} (port 0 picks a free one). */
  public static LocalGateway start(LambdaHandler handler, String host, int port, int threads)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 512);
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    LocalGateway gateway = new LocalGateway(server, workers, handler);
    server.createContext("/", gateway::serve);
    server.setExecutor(workers);
    server.start();
    return gateway;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        write(exchange, tooLarge());
        return;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
      handler.handleRequest(new ByteArrayInputStream(toEvent(exchange, body)), out, null);
      write(exchange, JsonCodec.events().readValue(out.toByteArray(), HttpApiResponse.class));
    } catch (RuntimeException e) {
      log.error("gateway failure", e);
      if (exchange.getResponseCode() == -1) {
        String body =
            JsonCodec.strict().writeValueAsString(ApiResponse.error(ErrorCode.INTERNAL, null));
        write(exchange, HttpApiResponse.json(500, body, Map.of()));
      }
    } finally {
      exchange.close();
    }
  }

  private byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(maxBody + 1);
    if (bytes.length > maxBody) {
      // the rest is not read: the 413 closes the connection instead of keeping it alive
      return null;
    }
    return bytes;
  }

  private HttpApiResponse tooLarge() {
    String body =
        JsonCodec.strict().writeValueAsString(ApiResponse.error(ErrorCode.PAYLOAD_TOO_LARGE, null));
    return HttpApiResponse.json(413, body, Map.of("connection", "close"));
  }

  private static byte[] toEvent(HttpExchange exchange, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              if (key.equals("cookie")) {
                values.forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
              } else {
                headers.put(key, String.join(",", values));
              }
            });
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, String> queryParams = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        queryParams.merge(k, v, (a, b) -> a + "," + b);
      }
    }
    boolean text = isText(headers.get("content-type"));
    String encoded =
        body.length == 0
            ? null
            : text
                ? new String(body, StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(body);
    String method = exchange.getRequestMethod();
    HttpApiEvent event =
        new HttpApiEvent(
            "2.0",
            "$default",
            path,
            query == null ? "" : query,
            cookies.isEmpty() ? null : cookies,
            headers,
            queryParams.isEmpty() ? null : queryParams,
            new HttpApiEvent.RequestContext(
                "local",
                "local",
                headers.getOrDefault("host", "127.0.0.1"),
                UUID.randomUUID().toString(),
                "$default",
                "$default",
                Instant.now().toEpochMilli(),
                new HttpApiEvent.Http(
                    method,
                    path,
                    exchange.getProtocol(),
                    exchange.getRemoteAddress().getAddress().getHostAddress(),
                    headers.getOrDefault("user-agent", ""))),
            encoded,
            null,
            !text && body.length > 0);
    return JsonCodec.strict().writeValueAsBytes(event);
  }

  /** API Gateway passes text bodies as they are and base64-encodes the rest. */
  private static boolean isText(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/")
        || type.startsWith("application/json")
        || type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("application/xml");
  }

  private static void write(HttpExchange exchange, HttpApiResponse response) throws IOException {
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] bytes =
        response.body() == null
            ? new byte[0]
            : response.isBase64Encoded()
                ? Base64.getDecoder().decode(response.body())
                : response.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
