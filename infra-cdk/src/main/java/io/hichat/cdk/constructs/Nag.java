package io.hichat.cdk.constructs;

import java.util.Map;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * cdk-nag acknowledgements (its suppressions): each names one AwsSolutions rule and says why the
 * finding is accepted for this construct and what is below it.
 */
public final class Nag {

  /** The granular IAM5 finding of a statement on {@code "*"}. */
  public static final String ANY_RESOURCE = "IAM5[Resource::*]";

  private Nag() {}

  /** The granular IAM4 finding of an AWS managed policy, e.g. {@code service-role/X}. */
  public static String managedPolicy(String name) {
    return "IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/" + name + "]";
  }

  /**
   * @param rule the rule without the pack prefix, e.g. {@code IAM5}; a granular finding adds its
   *     detail in brackets, e.g. {@code IAM5[Resource::*]}
   * @param reason why the finding is accepted here
   */
  public static void accept(IConstruct scope, String rule, String reason) {
    if (rule == null || !rule.matches("[A-Z]+[0-9]+(\\[.+])?")) {
      throw new IllegalArgumentException("name an AwsSolutions rule, e.g. IAM5: " + rule);
    }
    if (reason == null || reason.strip().length() < 20) {
      throw new IllegalArgumentException("give a reason for accepting " + rule);
    }
    String id = "AwsSolutions-" + rule;
    if (id.contains("::")) {
      // Validations.acknowledge() refuses IDs with more than one '::', yet cdk-nag 3.0.2 names
      // findings like IAM5[Resource::arn:<AWS::Partition>:s3:::bucket/*] exactly so. Record the
      // acknowledgement the way acknowledge() does, under the metadata key cdk-nag reads.
      scope.getNode().addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, Map.of(id, reason));
      return;
    }
    Validations.of(scope).acknowledge(Acknowledgment.builder().id(id).reason(reason).build());
  }
}
