package io.hichat.functions.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.functions.consumer.KafkaEvent;
import io.hichat.functions.lambda.HichatRuntime;
import io.hichat.model.route.ConsumerCatalog;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.core.ResolvableType;

/**
 * The catalogue and the function beans agree: every route has a bean of that name whose input type
 * is the route's request type, and every endpoint bean has a route. Beans are lazy, so this needs
 * no engine.
 */
class RouteBeansTest {

  static HichatRuntime runtime;
  static ConfigurableListableBeanFactory beans;

  @BeforeAll
  static void start() {
    runtime = HichatRuntime.start();
    beans = runtime.context().getBeanFactory();
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void everyRoute_hasAnEndpointBeanTakingItsRequestType() {
    for (Route route : RouteCatalog.get().routes()) {
      assertThat(beans.containsBean(route.function())).as("bean for %s", route.line()).isTrue();
      ResolvableType type =
          ResolvableType.forClass(beans.getType(route.function())).as(Endpoint.class);
      assertThat(type.resolve()).as("%s is an Endpoint", route.function()).isNotNull();
      Class<?> input = type.getGeneric(0).resolve();
      assertThat(input).as("input type of %s", route.function()).isEqualTo(route.request());
    }
  }

  @Test
  void everyEndpointBean_hasARoute() {
    Set<String> endpoints = new TreeSet<>(Arrays.asList(beans.getBeanNamesForType(Endpoint.class)));
    Set<String> routed = new TreeSet<>(RouteCatalog.get().functions());
    assertThat(endpoints).isEqualTo(routed);
  }

  @Test
  void everyConsumerAndSchedule_hasAFunctionBean_andEveryConsumerBeanIsCatalogued() {
    for (ConsumerCatalog.Consumer consumer : ConsumerCatalog.get().consumers()) {
      ResolvableType type =
          ResolvableType.forClass(beans.getType(consumer.function())).as(Function.class);
      assertThat(type.getGeneric(0).resolve()).as(consumer.function()).isEqualTo(KafkaEvent.class);
    }
    for (ConsumerCatalog.Schedule schedule : ConsumerCatalog.get().schedules()) {
      assertThat(Supplier.class.isAssignableFrom(beans.getType(schedule.function())))
          .as(schedule.function())
          .isTrue();
    }
    Set<String> kafkaFunctions = new TreeSet<>();
    for (String name : beans.getBeanNamesForType(Function.class)) {
      ResolvableType type = ResolvableType.forClass(beans.getType(name)).as(Function.class);
      if (type.getGeneric(0).resolve() == KafkaEvent.class) {
        kafkaFunctions.add(name);
      }
    }
    assertThat(kafkaFunctions)
        .isEqualTo(
            new TreeSet<>(
                ConsumerCatalog.get().consumers().stream()
                    .map(ConsumerCatalog.Consumer::function)
                    .toList()));
  }

  @Test
  void endpointBeans_areRegisteredFunctionsOfSpringCloudFunction() {
    FunctionCatalog functions = runtime.context().getBean(FunctionCatalog.class);
    assertThat(functions.getNames(null)).containsAll(RouteCatalog.get().functions());
  }
}
