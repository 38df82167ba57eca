package io.hichat.connector;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a connector from the environment ({@link ConnectorConfig#fromEnv}). Logs {@code
 * ConnectorMain: listening on <host>:<port> as <connectorId>} once it accepts connections; on
 * SIGTERM it drains (see {@link Connector#close}) and exits.
 */
public final class ConnectorMain {

  private static final Logger log = LoggerFactory.getLogger(ConnectorMain.class);

  private ConnectorMain() {}

  public static void main(String[] args) throws InterruptedException {
    ConnectorConfig config;
    try {
      config = ConnectorConfig.fromEnv(System.getenv());
    } catch (IllegalArgumentException e) {
      log.error("bad configuration: {}", e.getMessage());
      System.exit(2);
      return;
    }
    Connector connector;
    try {
      connector = Connector.start(config);
    } catch (RuntimeException e) {
      log.error("cannot start: {}", e.toString(), e);
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("draining");
                  connector.close();
                  log.info("stopped");
                  stopped.countDown();
                },
                "drain"));
    log.info("listening on {}:{} as {}", config.bind(), connector.port(), config.connectorId());
    stopped.await();
  }
}
