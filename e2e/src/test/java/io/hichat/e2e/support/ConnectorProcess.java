package io.hichat.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A WebSocket connector in its own JVM, started from the test classpath the way {@code ./hichat up}
 * starts one, with the engines' addresses from this JVM's environment. Stopped by its own process
 * handle: {@link #kill()} is {@code kill -9}, {@link #stop()} a SIGTERM that lets it drain.
 */
public final class ConnectorProcess implements AutoCloseable {

  private static final String MAIN = "io.hichat.connector.ConnectorMain";

  private final String id;
  private final int port;
  private final Process process;
  private final Path log;

  private ConnectorProcess(String id, int port, Process process, Path log) {
    this.id = id;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  public static ConnectorProcess start(String id) {
    int port = freePort();
    try {
      Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
      Path log = logs.resolve(id + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  MAIN)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("HICHAT_CONNECTOR_PORT", Integer.toString(port));
      builder.environment().put("HICHAT_CONNECTOR_BIND", "127.0.0.1");
      builder.environment().put("HICHAT_CONNECTOR_ID", id);
      ConnectorProcess connector = new ConnectorProcess(id, port, builder.start(), log);
      connector.awaitListening();
      return connector;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String id() {
    return id;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL: no drain, no cleanup, presence entries left to expire. */
  public void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(10));
  }

  /** SIGTERM: the connector drains (closes clients with 1001) and exits. */
  public void stop() {
    process.destroy();
    if (!waitFor(Duration.ofSeconds(30))) {
      kill();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitListening() {
    try {
      Awaitility.await("connector " + id + " listening (log: " + log + ")")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException(
                      "connector " + id + " exited: " + Files.readString(log));
                }
                return Files.readString(log).contains("ConnectorMain: listening");
              });
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
