package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import software.amazon.awscdk.RemovalPolicy;

/** What happens to stateful resources when their stack goes: kept in prod, deleted in dev. */
final class Removal {

  private Removal() {}

  static RemovalPolicy of(StageConfig stage) {
    return stage.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  }

  /** Databases: a final snapshot in prod. */
  static RemovalPolicy ofDatabase(StageConfig stage) {
    return stage.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY;
  }
}
