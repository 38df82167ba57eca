package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The alarm topic every alarm notifies (encrypted, TLS only), with the stage's e-mail subscribed
 * when one is configured. Its own stack, so that every other stack can send to it.
 */
public final class AlarmsStack extends Stack {

  private final Topic topic;

  public AlarmsStack(Construct scope, String id, StackProps props, StageConfig stage) {
    super(scope, id, props);
    topic =
        Topic.Builder.create(this, "Alarms")
            .displayName("HiChat " + stage.name() + " alarms")
            .masterKey(Alias.fromAliasName(this, "SnsKey", "alias/aws/sns"))
            .enforceSsl(true)
            .build();
    if (stage.alarmEmail() != null) {
      topic.addSubscription(new EmailSubscription(stage.alarmEmail()));
    }
  }

  public Topic topic() {
    return topic;
  }
}
