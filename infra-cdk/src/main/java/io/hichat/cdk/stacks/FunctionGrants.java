package io.hichat.cdk.stacks;

import io.hichat.cdk.constructs.KafkaAccess;
import io.hichat.cdk.constructs.Nag;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * The AWS permissions a route function has beyond its own logs and network: by function name,
 * nothing by default. Data stores reached over the network (MySQL, Redis, MongoDB) need no IAM;
 * their credentials come as deploy-time secret references. A test checks that every name here is in
 * the route catalogue. (Consumers and schedules get theirs from the consumer catalogue.)
 */
public final class FunctionGrants {

  /** What a function may do with the media bucket. */
  public enum Media {
    PUT("s3:PutObject"),
    READ("s3:GetObject"),
    DELETE("s3:DeleteObject"),
    LIST("s3:ListBucket");

    final String action;

    Media(String action) {
      this.action = action;
    }
  }

  /** Function name → what it does with media (uploads, presigned PUTs, completion, erasure). */
  static final Map<String, Set<Media>> MEDIA =
      Map.of(
          "userAvatarUpload", EnumSet.of(Media.PUT),
          "favoriteUpload", EnumSet.of(Media.PUT),
          "emojiUpload", EnumSet.of(Media.PUT),
          "imUpload", EnumSet.of(Media.PUT),
          "uploadPresign", EnumSet.of(Media.PUT),
          "uploadComplete", EnumSet.of(Media.READ, Media.DELETE),
          "userDelete", EnumSet.of(Media.LIST, Media.DELETE));

  /**
   * Route functions that publish events to Kafka: whatever writes to the outbox (it publishes right
   * after its commit) or sends with the producer itself. They may write to HiChat's event topics.
   * infra-cdk's {@code KafkaPublishersTest} reads the functions' code and fails when a route
   * function can reach the outbox or the producer without being named here, or is named without
   * reaching it: a domain that adds such a route adds its name here.
   */
  static final Set<String> PUBLISHERS =
      Set.of(
          // accounts: deletion ends friendships (relation events)
          "userDelete",
          // friends: a request (its notice), its acceptance and a deletion (relation events)
          "friendPutIn",
          "friendPutInHandle",
          "friendDelete",
          // groups: membership changes (relation events) and their notices
          "groupCreate",
          "groupDisband",
          "groupQuit",
          "groupKick",
          "groupApply",
          "groupHandle",
          "groupInvite",
          "groupInvitationCreate",
          "groupInvitationHandle",
          "groupJoinByToken",
          "groupSetAdmin",
          "groupTransferOwner",
          // chat: a recall announces itself on im.recall (the producer, no outbox)
          "imRecall");

  private FunctionGrants() {}

  /** Every function named by a grant. */
  public static Set<String> named() {
    Set<String> all = new java.util.TreeSet<>(MEDIA.keySet());
    all.addAll(PUBLISHERS);
    return all;
  }

  /** The route functions that may publish events (see {@link #PUBLISHERS}). */
  public static Set<String> publishers() {
    return PUBLISHERS;
  }

  /**
   * The media bucket's name: fixed per stage, account and region, so that grants name it without a
   * cross-stack reference.
   */
  public static String mediaBucketName(String stage) {
    return "hichat-" + stage + "-media-" + Aws.ACCOUNT_ID + "-" + Aws.REGION;
  }

  /** The cdk-nag finding of the object-level grant (objects are keyed by user, so '/*'). */
  static String mediaObjectsFinding(String stage) {
    return "IAM5[Resource::arn:<AWS::Partition>:s3:::hichat-"
        + stage
        + "-media-<AWS::AccountId>-<AWS::Region>/*]";
  }

  /** Adds the route function's statements to its role; returns whether it got any. */
  static boolean apply(String function, IRole role, FunctionDefaults defaults) {
    boolean publishes = PUBLISHERS.contains(function);
    if (publishes) {
      defaults.kafka().grantProduce(role, KafkaAccess.eventTopics());
    }
    return applyMedia(function, role, defaults.stage().name()) || publishes;
  }

  private static boolean applyMedia(String function, IRole role, String stage) {
    String bucketArn = "arn:" + Aws.PARTITION + ":s3:::" + mediaBucketName(stage);
    Set<Media> access = MEDIA.getOrDefault(function, Set.of());
    if (access.isEmpty()) {
      return false;
    }
    List<String> objectActions =
        access.stream().filter(a -> a != Media.LIST).map(a -> a.action).toList();
    if (!objectActions.isEmpty()) {
      role.addToPrincipalPolicy(
          PolicyStatement.Builder.create()
              .actions(objectActions)
              .resources(List.of(bucketArn + "/*"))
              .build());
    }
    if (!objectActions.isEmpty()) {
      Nag.accept(
          role,
          mediaObjectsFinding(stage),
          "object keys are made per user and upload at run time; the grant is limited to the"
              + " actions this function performs on the media bucket");
    }
    if (access.contains(Media.LIST)) {
      role.addToPrincipalPolicy(
          PolicyStatement.Builder.create()
              .actions(List.of(Media.LIST.action))
              .resources(List.of(bucketArn))
              .build());
    }
    return true;
  }
}
