package io.hichat.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.hichat.localstack.mongo.StandInBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local MongoDB-compatible server: mongo-java-server with the H2 (MVStore) backend on a file,
 * so that data survives a restart.
 *
 * <p>Settings come from arguments ({@code --port 17017 --file .hichat/up/data/mongo/hichat.mv
 * --bind 127.0.0.1 --oplog}, also as {@code --port=17017}) or, when an argument is absent, from the
 * environment ({@code HICHAT_MONGO_PORT}, {@code HICHAT_MONGO_FILE}, {@code HICHAT_MONGO_BIND},
 * {@code HICHAT_MONGO_OPLOG=true}). The server binds to 127.0.0.1 unless told otherwise. The oplog
 * is off by default: nothing in HiChat opens a change stream, and the stand-in keeps its oplog as a
 * plain collection that grows with every write and costs a second insert per write. Turn it on to
 * try change streams locally.
 *
 * <p>{@code ./hichat up} and {@code ./hichat test} start it as a child JVM and stop it with
 * SIGTERM; the shutdown hook then closes the H2 store cleanly.
 */
public final class MongoServerMain {

  /** What one server instance binds to and where it keeps its data. */
  public record Config(String bind, int port, Path file, boolean oplog) {

    public static final int DEFAULT_PORT = 17017;
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** Reads the arguments first, then the environment, then the defaults. */
    public static Config parse(String[] args, Map<String, String> env) {
      String bind = env.getOrDefault("HICHAT_MONGO_BIND", DEFAULT_BIND);
      String port = env.getOrDefault("HICHAT_MONGO_PORT", Integer.toString(DEFAULT_PORT));
      String file = env.get("HICHAT_MONGO_FILE");
      boolean oplog = "true".equalsIgnoreCase(env.getOrDefault("HICHAT_MONGO_OPLOG", "false"));

      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        switch (name) {
          case "--no-oplog" -> oplog = false;
          case "--oplog" -> oplog = true;
          case "--port", "--file", "--bind" -> {
            if (value == null) {
              if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
              }
              value = args[++i];
            }
            switch (name) {
              case "--port" -> port = value;
              case "--file" -> file = value;
              default -> bind = value;
            }
          }
          default -> throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      if (file == null || file.isBlank()) {
        throw new IllegalArgumentException(
            "no data file: pass --file <path> or set HICHAT_MONGO_FILE");
      }
      int portNumber;
      try {
        portNumber = Integer.parseInt(port.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port number: " + port, e);
      }
      if (portNumber < 0 || portNumber > 65535) {
        throw new IllegalArgumentException("not a port number: " + port);
      }
      return new Config(bind, portNumber, Path.of(file), oplog);
    }
  }

  /** A started server; {@link #close()} stops listening and closes the H2 store. */
  public static final class Running implements AutoCloseable {
    private final MongoServer server;
    private final H2Backend backend;
    private boolean closed;

    private Running(MongoServer server, H2Backend backend) {
      this.server = server;
      this.backend = backend;
    }

    public InetSocketAddress address() {
      return server.getLocalAddress();
    }

    public String connectionString() {
      InetSocketAddress a = address();
      return "mongodb://" + a.getHostString() + ":" + a.getPort();
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        server.shutdownNow();
      } finally {
        backend.close();
      }
    }
  }

  private MongoServerMain() {}

  /** Opens (or creates) the data file and binds the server. Port 0 picks a free port. */
  public static Running start(Config config) throws IOException {
    Path file = config.file().toAbsolutePath();
    Path dir = file.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    H2Backend backend = new StandInBackend(file.toString());
    MongoServer server = new MongoServer(backend);
    try {
      if (config.oplog()) {
        server.enableOplog();
      }
      server.bind(config.bind(), config.port());
    } catch (RuntimeException e) {
      server.shutdownNow();
      backend.close();
      throw e;
    }
    return new Running(server, backend);
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");

    Config config;
    try {
      config = Config.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("MongoServerMain: " + e.getMessage());
      System.err.println(
          "usage: MongoServerMain --file <data file> [--port 17017] [--bind 127.0.0.1] [--oplog]");
      System.exit(2);
      return;
    }

    Running running = start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("MongoServerMain: stopping");
                  running.close();
                  stopped.countDown();
                },
                "mongo-server-shutdown"));
    System.out.printf(
        "MongoServerMain: listening on %s:%d (H2 file %s, oplog %s)%n",
        running.address().getHostString(),
        running.address().getPort(),
        config.file().toAbsolutePath(),
        config.oplog() ? "on" : "off");
    stopped.await();
  }
}
