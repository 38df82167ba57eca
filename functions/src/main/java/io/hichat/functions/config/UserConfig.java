package io.hichat.functions.config;

import io.hichat.functions.user.domain.CodeSender;
import io.hichat.functions.user.domain.ConsoleCodeSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Accounts' pluggable providers. */
@Configuration(proxyBeanMethods = false)
public class UserConfig {

  @Bean
  CodeSender codeSender(HichatProperties props) {
    return new ConsoleCodeSender(props.devMode());
  }
}
