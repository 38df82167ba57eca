package io.hichat.functions.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB client (chat logs and conversations), built once per process. Beans are lazy like the
 * rest, so functions that never read chat never open a connection.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

  @Bean(destroyMethod = "close")
  MongoClient mongoClient(HichatProperties props) {
    ConnectionString uri = new ConnectionString(props.mongo().uri());
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(uri)
            .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .applyToSocketSettings(s -> s.connectTimeout(3, TimeUnit.SECONDS))
            .applyToConnectionPoolSettings(p -> p.maxSize(32))
            .build();
    return MongoClients.create(settings);
  }

  @Bean
  MongoDatabase mongoDatabase(MongoClient client, HichatProperties props) {
    ConnectionString uri = new ConnectionString(props.mongo().uri());
    String name = uri.getDatabase() != null ? uri.getDatabase() : props.mongo().database();
    return client.getDatabase(name);
  }
}
