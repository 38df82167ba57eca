package io.hichat.bench;

import io.hichat.model.im.ChatAck;
import io.hichat.model.im.ChatBody;
import io.hichat.model.im.ChatPush;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.ws.Frame;
import io.hichat.model.ws.WsMethods;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The floor of the 1:1 scenario besides raw Kafka: a bare Netty WebSocket relay that answers a
 * {@code chat.user} frame with what the connector sends on the wire — an ack to the sender, then
 * the message pushed to the receiver's connections and echoed to the sender's (contentType 7), each
 * with a msgId and a seq per conversation — straight from the frame it read: no token check, no
 * rate limit, no Kafka, no stores; seqs are counted in memory. Client acks are read and dropped. It
 * measures what the WebSocket hops of a message cost on this machine (the generator's, the kernel's
 * and a server's share) with nothing of HiChat between them.
 *
 * <p>A connection names its user in the {@code token} query parameter (the user id, not a token)
 * and its device in {@code deviceId}, as a client does at the connector.
 */
final class BareRelay implements AutoCloseable {

  private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, Sockets.ioHandlers());
  private final EventLoopGroup workers;
  private final Channel server;

  /** User id to that user's open connections. */
  private final ConcurrentHashMap<String, List<Channel>> users = new ConcurrentHashMap<>();

  /** Conversation id to its last seq; a message's seq is taken and its frames queued under it. */
  private final ConcurrentHashMap<String, AtomicLong> seqs = new ConcurrentHashMap<>();

  private final AtomicLong msgIds = new AtomicLong();

  /**
   * @param port 0 for any free port ({@link #port()})
   * @param threads event loops; 0 for Netty's default (twice the cores, as the connector has)
   */
  BareRelay(String host, int port, int threads) throws InterruptedException {
    workers = new MultiThreadIoEventLoopGroup(threads, Sockets.ioHandlers());
    WebSocketServerProtocolConfig ws =
        WebSocketServerProtocolConfig.newBuilder()
            .websocketPath("/ws")
            .checkStartsWith(true)
            .maxFramePayloadLength(Frame.MAX_CLIENT_FRAME_BYTES)
            .build();
    server =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(Sockets.server())
            .option(ChannelOption.SO_BACKLOG, 4096)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(8192))
                        .addLast(new WebSocketServerProtocolHandler(ws))
                        .addLast(new Handler());
                  }
                })
            .bind(host, port)
            .sync()
            .channel();
  }

  int port() {
    return ((InetSocketAddress) server.localAddress()).getPort();
  }

  /** The fields of a client frame the relay needs, read in one streaming pass. */
  record ClientChat(
      String id,
      int frameType,
      String method,
      String conversationId,
      int chatType,
      String recvId,
      String clientMsgId,
      int mType,
      String content) {

    static ClientChat read(String text) {
      String id = null;
      int frameType = -1;
      String method = null;
      String conversationId = null;
      int chatType = 0;
      String recvId = null;
      String clientMsgId = null;
      int mType = 0;
      String content = null;
      try (JsonParser p = Json.MAPPER.createParser(text)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("not a frame: " + text);
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          switch (name) {
            case "id" -> id = v == JsonToken.VALUE_NULL ? null : p.getString();
            case "frameType" -> frameType = p.getValueAsInt(-1);
            case "method" -> method = v == JsonToken.VALUE_NULL ? null : p.getString();
            case "data" -> {
              if (v != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
              }
              while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken fv = p.nextToken();
                if (field.equals("msg") && fv == JsonToken.START_OBJECT) {
                  while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String m = p.currentName();
                    p.nextToken();
                    switch (m) {
                      case "mType" -> mType = p.getValueAsInt(0);
                      case "content" -> content = p.getValueAsString();
                      default -> p.skipChildren();
                    }
                  }
                  continue;
                }
                switch (field) {
                  case "conversationId" -> conversationId = p.getValueAsString();
                  case "chatType" -> chatType = p.getValueAsInt(0);
                  case "recvId" -> recvId = p.getValueAsString();
                  case "clientMsgId" -> clientMsgId = p.getValueAsString();
                  default -> p.skipChildren();
                }
              }
            }
            default -> p.skipChildren();
          }
        }
      }
      return new ClientChat(
          id, frameType, method, conversationId, chatType, recvId, clientMsgId, mType, content);
    }
  }

  private final class Handler extends SimpleChannelInboundHandler<TextWebSocketFrame> {

    private String user;

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
      if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete hs) {
        List<String> token =
            new QueryStringDecoder(hs.requestUri()).parameters().getOrDefault("token", List.of());
        if (token.isEmpty()) {
          ctx.close();
          return;
        }
        user = token.get(0);
        users.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>()).add(ctx.channel());
      }
      super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
      if (user != null) {
        List<Channel> mine = users.get(user);
        if (mine != null) {
          mine.remove(ctx.channel());
        }
      }
      super.channelInactive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
      if (user == null) {
        return;
      }
      ClientChat c = ClientChat.read(frame.text());
      if (c.frameType() != Frame.DATA || !WsMethods.CHAT_USER.equals(c.method())) {
        return; // client acks of pushed frames, heartbeats: nothing to answer here
      }
      write(ctx.channel(), Frame.ack(c.id(), new ChatAck(c.clientMsgId(), c.conversationId())));
      AtomicLong last = seqs.computeIfAbsent(c.conversationId(), k -> new AtomicLong());
      // the seq is taken and both frames queued in one step, and every frame of a message goes
      // through its connection's task queue (even from that connection's own event loop, where a
      // write would otherwise overtake frames queued there before it), so two senders of one
      // conversation on different event loops reach every connection in seq order
      synchronized (last) {
        long seq = last.incrementAndGet();
        String msgId = String.format("%024x", msgIds.incrementAndGet());
        long now = System.currentTimeMillis();
        ChatBody body = new ChatBody(c.mType(), c.content(), null, null, null, null);
        Frame push =
            chat(c, c.chatType(), c.recvId(), ChatTypes.CONTENT_MESSAGE, msgId, seq, now, body);
        for (Channel to : users.getOrDefault(c.recvId(), List.of())) {
          queue(to, push);
        }
        // the sender's echo: to the sender, as a single chat (SEED-SPEC)
        Frame echo = chat(c, ChatTypes.SINGLE, user, ChatTypes.CONTENT_ECHO, msgId, seq, now, body);
        for (Channel to : users.getOrDefault(user, List.of())) {
          queue(to, echo);
        }
      }
    }

    /** A chat push frame of {@code c} from this connection's user. */
    private Frame chat(
        ClientChat c,
        int chatType,
        String recvId,
        int contentType,
        String msgId,
        long seq,
        long now,
        ChatBody body) {
      ChatPush data =
          new ChatPush(
              c.conversationId(),
              chatType,
              user,
              recvId,
              now,
              contentType,
              msgId,
              seq,
              c.clientMsgId(),
              null,
              null,
              body);
      return Frame.push(msgId, "", user, data);
    }
  }

  private static void write(Channel to, Frame frame) {
    to.writeAndFlush(new TextWebSocketFrame(Json.write(frame)), to.voidPromise());
  }

  /** {@link #write} as a task of the connection's event loop, behind the ones queued before. */
  private static void queue(Channel to, Frame frame) {
    TextWebSocketFrame text = new TextWebSocketFrame(Json.write(frame));
    to.eventLoop().execute(() -> to.writeAndFlush(text, to.voidPromise()));
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /**
   * {@code BareRelay PORT [threads]}: the relay in a process of its own, so that its CPU is
   * measured apart from the generator's. Prints {@link #READY} and the port once it listens.
   */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    try (BareRelay r = new BareRelay("127.0.0.1", port, threads)) {
      System.out.println(READY + r.port());
      System.out.flush();
      while (true) {
        Thread.sleep(60_000);
      }
    }
  }

  /** What {@link #main} prints, followed by the port, once it listens. */
  static final String READY = "BareRelay: listening on 127.0.0.1:";

  /**
   * Waits until a relay started by {@link #main} in {@code process} listens, and returns its port;
   * the rest of its output is read on a daemon thread and dropped, so the process never blocks on a
   * full pipe.
   */
  static int awaitReady(Process process, int seconds) throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                  if (!port.isDone() && line.startsWith(READY)) {
                    port.complete(Integer.parseInt(line.substring(READY.length()).trim()));
                  } else if (!port.isDone()) {
                    System.out.println("  relay: " + line);
                  }
                }
              } catch (IOException | RuntimeException e) {
                port.completeExceptionally(e);
              }
              port.completeExceptionally(new IllegalStateException("the relay ended"));
            },
            "relay-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return port.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the relay did not listen within " + seconds + " s", e);
    }
  }
}
