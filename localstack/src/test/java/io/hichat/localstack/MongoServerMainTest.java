package io.hichat.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoServerMainTest {

  @TempDir Path dir;

  @Test
  void documentSurvivesARestartOnTheSameFile() throws Exception {
    Path file = dir.resolve("data/mongo/hichat.mv");
    MongoServerMain.Config config = new MongoServerMain.Config("127.0.0.1", 0, file, true);

    try (MongoServerMain.Running server = MongoServerMain.start(config);
        MongoClient client = MongoClients.create(server.connectionString())) {
      assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
      MongoCollection<Document> chats = client.getDatabase("hichat").getCollection("chat_log");
      chats.createIndex(Indexes.ascending("clientMsgId"), new IndexOptions().unique(true));
      chats.insertOne(new Document("_id", "m-1").append("clientMsgId", "c-1").append("text", "hi"));
    }
    assertThat(Files.size(file)).isPositive();

    try (MongoServerMain.Running server = MongoServerMain.start(config);
        MongoClient client = MongoClients.create(server.connectionString())) {
      MongoCollection<Document> chats = client.getDatabase("hichat").getCollection("chat_log");
      Document found = chats.find(Filters.eq("_id", "m-1")).first();
      assertThat(found).isNotNull();
      assertThat(found.getString("text")).isEqualTo("hi");

      List<String> indexes = new ArrayList<>();
      chats.listIndexes().forEach(ix -> indexes.add(ix.getString("name")));
      assertThat(indexes).contains("clientMsgId_1");
    }
  }

  @Test
  void argumentsWinOverTheEnvironment() {
    Map<String, String> env =
        Map.of("HICHAT_MONGO_PORT", "27018", "HICHAT_MONGO_FILE", "/env/file.mv");

    MongoServerMain.Config fromEnv = MongoServerMain.Config.parse(new String[0], env);
    assertThat(fromEnv.port()).isEqualTo(27018);
    assertThat(fromEnv.file()).isEqualTo(Path.of("/env/file.mv"));
    assertThat(fromEnv.bind()).isEqualTo("127.0.0.1");
    assertThat(fromEnv.oplog()).isFalse();

    MongoServerMain.Config fromArgs =
        MongoServerMain.Config.parse(
            new String[] {"--port=17017", "--file", "data.mv", "--oplog"}, env);
    assertThat(fromArgs.port()).isEqualTo(17017);
    assertThat(fromArgs.file()).isEqualTo(Path.of("data.mv"));
    assertThat(fromArgs.oplog()).isTrue();
    assertThat(
            MongoServerMain.Config.parse(
                    new String[] {"--file", "f.mv"}, Map.of("HICHAT_MONGO_OPLOG", "true"))
                .oplog())
        .isTrue();
  }

  @Test
  void aDataFileIsRequired() {
    assertThatThrownBy(() -> MongoServerMain.Config.parse(new String[] {"--port", "1"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--file");
    assertThatThrownBy(
            () ->
                MongoServerMain.Config.parse(new String[] {"--port", "x", "--file", "f"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
