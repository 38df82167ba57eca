package io.hichat.connector.chat;

import io.hichat.connector.frame.Call;
import java.util.concurrent.CompletionStage;

/** Runs one client method for the connection's user; completes with the ack's data. */
public interface Methods {

  CompletionStage<?> call(long userId, String frameId, Call call);
}
