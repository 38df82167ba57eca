package io.hichat.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A generator process of the connections scenario: opens {@code count} idle WebSocket connections
 * to one address from one loopback source address (its own ephemeral ports), with a bounded number
 * of handshakes in flight, pings every 20 s, and reports {@code connected/closed/failed} on stdout
 * once a second until stdin closes.
 *
 * <p>Arguments: URL (without query), tokens file (one token a line, or "-" for none), count, source
 * address, device prefix, and optionally the handshakes in flight at once (500).
 */
public final class ConnectionsWorker {

  private ConnectionsWorker() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    List<String> tokens = args[1].equals("-") ? List.of() : Files.readAllLines(Path.of(args[1]));
    int count = Integer.parseInt(args[2]);
    String source = args[3];
    String prefix = args[4];
    AtomicLong connected = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong firstError = new AtomicLong();
    Semaphore inFlight = new Semaphore(args.length > 5 ? Integer.parseInt(args[5]) : 500);
    try (WsClients ws = new WsClients(1)) {
      Thread reporter =
          new Thread(
              () -> {
                while (true) {
                  System.out.printf(
                      "connected=%d closed=%d failed=%d%n",
                      connected.get(), ws.closed.get(), failed.get());
                  System.out.flush();
                  try {
                    Thread.sleep(1_000);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      reporter.setDaemon(true);
      reporter.start();
      for (int i = 0; i < count; i++) {
        inFlight.acquire();
        String device = prefix + "-" + i;
        String query =
            tokens.isEmpty()
                ? ""
                : "?token=" + tokens.get(i % tokens.size()) + "&deviceId=" + device;
        ws.connect(URI.create(url + query), device, source, (c, t) -> {}, true)
            .whenComplete(
                (c, e) -> {
                  inFlight.release();
                  if (e == null) {
                    connected.incrementAndGet();
                  } else {
                    failed.incrementAndGet();
                    if (firstError.compareAndSet(0, 1)) {
                      System.out.println("error: " + e);
                    }
                  }
                });
      }
      System.out.println("all started");
      // hold until the parent closes stdin
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        // nothing to read; EOF ends the run
      }
    }
  }
}
