package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.constructs.Construct;

/**
 * One dashboard per stage: API traffic, errors and latency; Lambda errors, throttles, concurrency.
 */
public final class DashboardStack extends Stack {

  public DashboardStack(
      Construct scope, String id, StackProps props, StageConfig stage, ApiStack api) {
    super(scope, id, props);
    Map<String, String> apiDims = Map.of("ApiId", api.api().getApiId());
    Dashboard.Builder.create(this, "Dashboard")
        .dashboardName("hichat-" + stage.name())
        .widgets(
            List.of(
                List.of(
                    graph(
                        "API requests and errors",
                        metric("AWS/ApiGateway", "Count", apiDims, "Sum"),
                        metric("AWS/ApiGateway", "4xx", apiDims, "Sum"),
                        metric("AWS/ApiGateway", "5xx", apiDims, "Sum")),
                    graph(
                        "API latency p99 (ms)",
                        metric("AWS/ApiGateway", "Latency", apiDims, "p99"),
                        metric("AWS/ApiGateway", "IntegrationLatency", apiDims, "p99"))),
                List.of(
                    graph(
                        "Lambda errors and throttles (region)",
                        metric("AWS/Lambda", "Errors", Map.of(), "Sum"),
                        metric("AWS/Lambda", "Throttles", Map.of(), "Sum")),
                    graph(
                        "Lambda concurrency (region)",
                        metric("AWS/Lambda", "ConcurrentExecutions", Map.of(), "Maximum")))))
        .build();
  }

  private static GraphWidget graph(String title, IMetric... metrics) {
    return GraphWidget.Builder.create().title(title).width(12).left(List.of(metrics)).build();
  }

  private static Metric metric(
      String namespace, String name, Map<String, String> dims, String statistic) {
    return Metric.Builder.create()
        .namespace(namespace)
        .metricName(name)
        .dimensionsMap(dims)
        .statistic(statistic)
        .period(Duration.minutes(5))
        .build();
  }
}
