package io.hichat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hichat.e2e.support.ChatClient;
import io.hichat.e2e.support.ConnectorProcess;
import io.hichat.e2e.support.Ledger;
import io.hichat.e2e.support.World;
import io.hichat.functions.support.TestStack;
import io.hichat.functions.support.Users.TestUser;
import io.hichat.model.im.ChatTypes;
import io.hichat.model.im.ConversationIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults while messages flow: a connector killed with SIGKILL (its clients reconnect to the other
 * one, resend what was never acknowledged and sync the gap), and the chat consumer restarted
 * mid-stream. A ledger then checks that every message was stored once, in order, without gaps, and
 * that every receiving device holds each message exactly once and in order.
 */
class ConnectorFailoverE2EIT {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final int MESSAGES = 40;

  final World world = initWorld();
  final List<ChatClient> clients = new ArrayList<>();
  final List<ConnectorProcess> connectors = new ArrayList<>();
  final ExecutorService pool = Executors.newCachedThreadPool();

  static World initWorld() {
    TestStack.get();
    return new World();
  }

  @AfterEach
  void stopAll() {
    pool.shutdownNow();
    clients.forEach(ChatClient::close);
    connectors.forEach(ConnectorProcess::close);
  }

  ConnectorProcess connector(String id) {
    ConnectorProcess c = ConnectorProcess.start(id);
    connectors.add(c);
    return c;
  }

  ChatClient device(TestUser user, ConnectorProcess connector) {
    ChatClient c = world.device(user, "d" + user.id(), connector);
    clients.add(c);
    return c;
  }

  record Pair(ChatClient sender, ChatClient receiver, TestUser to, String conversation) {}

  /** Sends {@code MESSAGES} messages, recovering onto {@code fallback} when its socket drops. */
  Future<?> sendAll(Pair pair, Ledger ledger, CountDownLatch third, int fallback) {
    return pool.submit(
        () -> {
          for (int i = 1; i <= MESSAGES; i++) {
            if (!pair.sender().isOpen()) {
              pair.sender().recover(fallback, List.of(pair.conversation()));
            }
            String clientMsgId = pair.conversation() + "#" + i;
            ledger.sent(pair.conversation(), clientMsgId);
            pair.sender().sendText(ChatTypes.SINGLE, pair.to().id(), clientMsgId, "m" + i);
            if (i == MESSAGES / 3) {
              third.countDown();
            }
            Thread.sleep(20);
          }
          await("all frames of " + pair.conversation() + " answered")
              .atMost(WAIT)
              .until(
                  () -> {
                    if (!pair.sender().isOpen()) {
                      pair.sender().recover(fallback, List.of(pair.conversation()));
                    }
                    return pair.sender().unanswered() == 0;
                  });
          return null;
        });
  }

  List<Pair> pairs(ConnectorProcess a, ConnectorProcess b, int count) {
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TestUser s = world.user("s" + i);
      TestUser r = world.user("r" + i);
      world.befriend(s, r);
      // half the senders on each connector, each receiver on the other one
      ConnectorProcess senderOn = i % 2 == 0 ? a : b;
      ConnectorProcess receiverOn = i % 2 == 0 ? b : a;
      pairs.add(
          new Pair(
              device(s, senderOn),
              device(r, receiverOn),
              r,
              ConversationIds.single(s.id(), r.id())));
    }
    return pairs;
  }

  /** A message to an online user is pushed; one to a user not yet registered is only synced. */
  void awaitPresence(List<Pair> pairs) {
    await("every device registered")
        .atMost(WAIT)
        .until(
            () ->
                pairs.stream()
                    .allMatch(
                        p ->
                            online(p.sender(), p.receiver().userId())
                                && online(p.receiver(), p.sender().userId())));
  }

  boolean online(ChatClient viewer, long friend) {
    return world
        .api()
        .get("/v1/social/friends/online", viewer.token())
        .data()
        .path("onLineList")
        .path(Long.toString(friend))
        .asBoolean(false);
  }

  void verify(Ledger ledger, List<Pair> pairs) {
    for (Pair p : pairs) {
      ledger.awaitStored(p.conversation(), WAIT);
      p.receiver().syncAll(p.conversation());
      p.sender().syncAll(p.conversation());
      ledger.assertStored(p.conversation());
      ledger.assertHeld(p.receiver(), p.conversation());
      ledger.assertHeld(p.sender(), p.conversation());
      Ledger.assertNothingForeign(p.receiver(), List.of(p.conversation()));
      Ledger.assertNothingForeign(p.sender(), List.of(p.conversation()));
    }
  }

  @Test
  void connectorKilledWhileMessagesFlow_clientsMoveOver_andEveryMessageArrivesOnceInOrder()
      throws Exception {
    ConnectorProcess doomed = connector("e2e-doomed");
    ConnectorProcess survivor = connector("e2e-survivor");
    List<Pair> pairs = pairs(doomed, survivor, 4);
    awaitPresence(pairs);
    Ledger ledger = new Ledger();
    CountDownLatch third = new CountDownLatch(pairs.size());
    List<Future<?>> senders = new ArrayList<>();
    for (Pair p : pairs) {
      senders.add(sendAll(p, ledger, third, survivor.port()));
    }

    assertThat(third.await(60, TimeUnit.SECONDS)).isTrue();
    doomed.kill();
    assertThat(pairs)
        .as("the clients of the killed connector lost their sockets")
        .allSatisfy(
            p -> {
              ChatClient onDoomed = pairs.indexOf(p) % 2 == 0 ? p.sender() : p.receiver();
              // closeCodes, not closedFuture: a sender may have reconnected already
              await("a close seen by " + onDoomed.deviceId())
                  .atMost(Duration.ofSeconds(10))
                  .until(() -> !onDoomed.closeCodes().isEmpty());
            });
    for (Pair p : pairs) {
      // receivers whose connector died come back on the survivor and pull what they missed
      if (!p.receiver().closeCodes().isEmpty()) {
        p.receiver().recover(survivor.port(), List.of(p.conversation()));
      }
    }
    for (Future<?> s : senders) {
      s.get(2, TimeUnit.MINUTES);
    }
    verify(ledger, pairs);
  }

  @Test
  void consumerRestartedWhileMessagesFlow_nothingLostNothingDuplicated() throws Exception {
    ConnectorProcess a = connector("e2e-steady-1");
    ConnectorProcess b = connector("e2e-steady-2");
    List<Pair> pairs = pairs(a, b, 2);
    awaitPresence(pairs);
    Ledger ledger = new Ledger();
    CountDownLatch third = new CountDownLatch(pairs.size());
    List<Future<?>> senders = new ArrayList<>();
    for (Pair p : pairs) {
      senders.add(sendAll(p, ledger, third, b.port()));
    }
    assertThat(third.await(60, TimeUnit.SECONDS)).isTrue();
    TestStack.get().restartConsumers();
    for (Future<?> s : senders) {
      s.get(2, TimeUnit.MINUTES);
    }
    verify(ledger, pairs);
  }
}
