package io.hichat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;

/** HiChat's REST API as a client uses it (JDK HttpClient, HTTP/1.1, through the local gateway). */
final class Api {

  private final HttpClient http;
  private final String base;

  Api(String base, ExecutorService executor) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(executor)
            .build();
  }

  /** A registered user: id, phone, password, access token. */
  record User(long id, String phone, String password, String token) {
    String device() {
      return "u" + id;
    }
  }

  record Resp(int status, JsonNode body) {
    JsonNode data() {
      return body.path("data");
    }

    Resp ok(String what) {
      if (status != 200) {
        throw new IllegalStateException(what + " failed: HTTP " + status + " " + body);
      }
      return this;
    }
  }

  Resp send(String method, String path, String json, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body().isEmpty() ? Json.parse("{}") : Json.parse(r.body());
      return new Resp(r.statusCode(), body);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Resp get(String path, String token) {
    return send("GET", path, null, token);
  }

  Resp post(String path, String json, String token) {
    return send("POST", path, json, token);
  }

  Resp put(String path, String json, String token) {
    return send("PUT", path, json, token);
  }

  private static final AtomicLong PHONES =
      new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10);

  /** Registers a new user by phone (dev mode hands the code back) and reads its id. */
  User register(String nickname) {
    String phone = "1" + (3_000_000_000L + PHONES.incrementAndGet() % 6_999_999_999L);
    String password = "pw-" + phone;
    String code =
        post("/api/v1/user/phone/code", "{\"phone\":\"" + phone + "\"}", null)
            .ok("phone code")
            .data()
            .path("code")
            .asText();
    String token =
        post(
                "/api/v1/user/register",
                "{\"phone\":\"%s\",\"password\":\"%s\",\"nickname\":\"%s\",\"phoneCode\":\"%s\"}"
                    .formatted(phone, password, nickname, code),
                null)
            .ok("register")
            .data()
            .path("token")
            .asText();
    long id =
        Long.parseLong(
            get("/api/v1/user/detail", token).ok("detail").data().path("info").path("id").asText());
    return new User(id, phone, password, token);
  }

  Resp login(User u) {
    return post(
        "/api/v1/user/login",
        "{\"phone\":\"%s\",\"password\":\"%s\"}".formatted(u.phone(), u.password()),
        null);
  }

  void befriend(User a, User b) {
    String id =
        post("/v1/social/friend/putIn", "{\"user_uid\":\"" + b.id() + "\"}", a.token())
            .ok("friend request")
            .data()
            .path("request_id")
            .asText();
    put("/v1/social/friend/putIn", "{\"request_id\":\"" + id + "\",\"handle_result\":1}", b.token())
        .ok("friend accept");
  }

  long createGroup(User owner, String name) {
    return Long.parseLong(
        post("/v1/social/group", "{\"name\":\"" + name + "\",\"is_verify\":0}", owner.token())
            .ok("create group")
            .data()
            .path("group_id")
            .asText());
  }

  void join(User u, long group) {
    Resp r =
        post("/v1/social/group/putIn", "{\"group_id\":\"" + group + "\"}", u.token()).ok("join");
    if (r.data().path("is_pass").asInt() != 1) {
      throw new IllegalStateException("join not passed: " + r.body());
    }
  }

  /**
   * Runs {@code n} calls on {@code threads} threads, in order of index; fails on the first error.
   */
  static <T> List<T> parallel(int n, int threads, IntFunction<T> call, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        fs.add(
            pool.submit(
                () -> {
                  T t = call.apply(k);
                  progress.count();
                  return t;
                }));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : fs) {
        out.add(f.get());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
    } finally {
      pool.shutdownNow();
    }
  }
}
