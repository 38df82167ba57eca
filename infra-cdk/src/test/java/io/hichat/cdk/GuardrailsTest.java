package io.hichat.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.hichat.cdk.stacks.FunctionGrants;
import io.hichat.model.route.RouteCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.PolicyValidationPluginReport;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.Stack;

/** What must hold for every stack: IAM, buckets, size, cdk-nag. */
class GuardrailsTest {

  final HichatCloud cloud = Clouds.dev();

  @Test
  void noPolicy_allowsEveryActionOnEveryResource() {
    for (Stack stack : cloud.stacks()) {
      for (Map<String, Object> statement : statements(stack)) {
        List<Object> actions = Templates.list(statement.get("Action"));
        List<Object> resources = Templates.list(statement.get("Resource"));
        boolean anyAction = actions.contains("*");
        boolean anyResource = resources.contains("*");
        assertThat(anyAction && anyResource)
            .as("%s: %s", stack.getStackName(), statement)
            .isFalse();
        assertThat(actions).as("%s: %s", stack.getStackName(), statement).doesNotContain("*");
      }
    }
  }

  @Test
  void everyBucket_blocksPublicAccess_andRefusesPlainHttp() {
    int buckets = 0;
    for (Stack stack : cloud.stacks()) {
      var policies = Templates.resources(stack, "AWS::S3::BucketPolicy");
      for (var entry : Templates.resources(stack, "AWS::S3::Bucket").entrySet()) {
        buckets++;
        assertThat(Templates.props(entry.getValue()).get("PublicAccessBlockConfiguration"))
            .isEqualTo(
                Map.of(
                    "BlockPublicAcls", true,
                    "BlockPublicPolicy", true,
                    "IgnorePublicAcls", true,
                    "RestrictPublicBuckets", true));
        assertThat(policies.values())
            .as("TLS-only policy on %s", entry.getKey())
            .anySatisfy(
                p -> {
                  String text = Templates.props(p).toString();
                  assertThat(text).contains(entry.getKey());
                  assertThat(text).contains("aws:SecureTransport=false");
                  assertThat(text).contains("Effect=Deny");
                });
      }
    }
    assertThat(buckets).isEqualTo(2);
  }

  @Test
  void everyStack_staysUnderCloudFormationsResourceLimit() {
    for (Stack stack : cloud.stacks()) {
      int count = Templates.resourceCount(stack);
      System.out.printf("resources %-28s %d%n", stack.getStackName(), count);
      assertThat(count).as(stack.getStackName()).isLessThan(500);
    }
  }

  @Test
  void noAwsSolutionsError_isLeftInAnyStack() {
    AwsSolutionsChecks checks = new AwsSolutionsChecks();
    List<String> errors = new ArrayList<>();
    for (Stack stack : cloud.stacks()) {
      PolicyValidationPluginReport report = checks.validateScope(stack);
      for (PolicyViolation violation : report.getViolations()) {
        if (!"warning".equalsIgnoreCase(String.valueOf(violation.getSeverity()))) {
          violation
              .getViolatingResources()
              .forEach(
                  r ->
                      errors.add(
                          stack.getStackName()
                              + " "
                              + violation.getRuleName()
                              + " "
                              + r.getConstructPath()
                              + " "
                              + r.getLocations()));
        }
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void grants_nameOnlyFunctionsOfTheCatalogue() {
    assertThat(RouteCatalog.get().functions()).containsAll(FunctionGrants.named());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> statements(Stack stack) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (var policy : Templates.resources(stack, "AWS::IAM::Policy").values()) {
      all.addAll(statementsOf(Templates.props(policy).get("PolicyDocument")));
    }
    for (var role : Templates.resources(stack, "AWS::IAM::Role").values()) {
      for (Object inline : Templates.list(Templates.props(role).get("Policies"))) {
        all.addAll(statementsOf(((Map<String, Object>) inline).get("PolicyDocument")));
      }
    }
    for (var managed : Templates.resources(stack, "AWS::IAM::ManagedPolicy").values()) {
      all.addAll(statementsOf(Templates.props(managed).get("PolicyDocument")));
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> statementsOf(Object document) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (document instanceof Map<?, ?> doc) {
      for (Object s : Templates.list(doc.get("Statement"))) {
        Map<String, Object> statement = (Map<String, Object>) s;
        if ("Allow".equals(statement.get("Effect"))) {
          out.add(statement);
        }
      }
    }
    return out;
  }
}
