package io.hichat.functions.lambda;

import io.hichat.functions.FunctionsApplication;
import io.hichat.functions.http.HttpEntry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The started application: one Spring context per process, shared by every invocation. */
public final class HichatRuntime implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private HichatRuntime(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static HichatRuntime start(String... args) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(FunctionsApplication.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(args);
    return new HichatRuntime(context);
  }

  public HttpEntry entry() {
    return context.getBean(HttpEntry.class);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
  }
}
