package io.hichat.connector.netty;

import io.hichat.connector.chat.Methods;
import io.hichat.connector.chat.WsException;
import io.hichat.connector.frame.Call;
import io.hichat.connector.frame.ClientFrame;
import io.hichat.connector.session.Connection;
import io.hichat.connector.session.RecentFrames;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.ws.Frame;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers client frames. A request frame ({@code frameType} 0) gets exactly one ack or one error
 * echoing its id; a no-ack frame (4) gets nothing on success and an error frame when it fails. A
 * repeated id is never processed twice: while the first is in flight the repeat waits for its
 * outcome, afterwards it is answered from the connection's memory ({@link RecentFrames}). Calls
 * complete on other threads; every answer and every change to the connection's state happens back
 * on its event loop.
 */
@ChannelHandler.Sharable
public final class Dispatcher extends SimpleChannelInboundHandler<ClientFrame> {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final Methods methods;

  public Dispatcher(Methods methods) {
    this.methods = methods;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, ClientFrame frame) {
    Connection connection = Connection.of(ctx.channel());
    if (connection == null) {
      return;
    }
    if (frame instanceof ClientFrame.Request request) {
      request(ctx, connection, request);
    } else if (frame instanceof ClientFrame.Ack ack) {
      connection.confirm(ack.id());
    } else if (frame instanceof ClientFrame.Invalid invalid) {
      ctx.writeAndFlush(Frame.error(invalid.id(), invalid.code().code(), invalid.message()));
    }
    // pings are answered by the heartbeat handler before they get here
  }

  private void request(ChannelHandlerContext ctx, Connection connection, ClientFrame.Request r) {
    if (r.call() instanceof Call.Ping) {
      // a liveness probe changes nothing and answers the same each time: no memory of its id
      methods
          .call(connection.userId(), r.id(), r.call())
          .whenComplete(
              (result, error) -> {
                Throwable cause = unwrap(error);
                Frame outcome = cause == null ? Frame.ack(r.id(), result) : error(r.id(), cause);
                onLoop(ctx, () -> reply(ctx, outcome, r.answered()));
              });
      return;
    }
    RecentFrames recent = connection.recent();
    switch (recent.admit(r.id(), r.answered())) {
      case REPEAT -> reply(ctx, recent.outcome(r.id()), r.answered());
      case JOINED -> {
        // answered when the first frame with this id completes
      }
      case BUSY ->
          reply(
              ctx,
              Frame.error(r.id(), ErrorCode.RATE_LIMITED.code(), "too many requests in flight"),
              r.answered());
      case PROCESS -> {
        if (counted(r.call()) && !connection.trySend()) {
          ErrorCode limited = ErrorCode.SEND_RATE_LIMITED;
          complete(
              ctx, connection, r, Frame.error(r.id(), limited.code(), limited.message()), false);
          return;
        }
        methods
            .call(connection.userId(), r.id(), r.call())
            .whenComplete(
                (result, error) -> {
                  Throwable cause = unwrap(error);
                  Frame outcome = cause == null ? Frame.ack(r.id(), result) : error(r.id(), cause);
                  // a backing service's failure is forgotten, so the client may retry the id
                  boolean remember =
                      r.call().remembered() && (cause == null || cause instanceof WsException);
                  onLoop(ctx, () -> complete(ctx, connection, r, outcome, remember));
                });
      }
    }
  }

  private static void onLoop(ChannelHandlerContext ctx, Runnable task) {
    if (ctx.executor().inEventLoop()) {
      task.run();
    } else {
      ctx.executor().execute(task);
    }
  }

  /** Sends and typing fan out to others: they share the connection's send bucket. */
  private static boolean counted(Call call) {
    return call instanceof Call.SendChat || call instanceof Call.TypingNow;
  }

  private static void complete(
      ChannelHandlerContext ctx,
      Connection connection,
      ClientFrame.Request r,
      Frame outcome,
      boolean remember) {
    List<Boolean> joined = connection.recent().complete(r.id(), outcome, remember);
    reply(ctx, outcome, r.answered());
    for (Boolean answered : joined) {
      reply(ctx, outcome, answered);
    }
  }

  private static void reply(ChannelHandlerContext ctx, Frame outcome, boolean answered) {
    if (outcome != null && (answered || outcome.frameType() == Frame.ERROR)) {
      ctx.writeAndFlush(outcome);
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private static Frame error(String id, Throwable cause) {
    if (cause instanceof WsException refused) {
      return Frame.error(id, refused.code().code(), refused.getMessage());
    }
    log.warn("a call failed on a backing service: {}", cause.toString());
    ErrorCode unavailable = ErrorCode.UNAVAILABLE;
    return Frame.error(id, unavailable.code(), unavailable.message());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.info("closing {}: {}", ctx.channel(), cause.toString());
    ctx.close();
  }
}
