package io.hichat.cdk.constructs;

import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * A secret a HiChat process reads at start-up: its ARN goes into the environment variable {@code
 * variable} (never its value, which anyone allowed to read the function's configuration could see),
 * and the process's role may get exactly that secret's value. The functions resolve such variables
 * once, before SnapStart's snapshot ({@code io.hichat.functions.config.SecretVariables}).
 *
 * @param variable e.g. {@code HICHAT_MYSQL_SECRET_ARN}
 * @param secret the secret
 */
public record SecretEnv(String variable, ISecret secret) {

  public SecretEnv {
    Objects.requireNonNull(secret, "secret");
    if (variable == null || !variable.matches("HICHAT_[A-Z0-9_]+_SECRET_ARN")) {
      throw new IllegalArgumentException("name it HICHAT_<WHAT>_SECRET_ARN: " + variable);
    }
  }

  /** The value of the variable: the secret's ARN (partial for a secret imported by name). */
  public String arn() {
    return secret.getSecretArn();
  }

  /**
   * What IAM must name: the full ARN, or for a secret imported by name its partial ARN plus the six
   * characters Secrets Manager appends.
   */
  public String policyResource() {
    String full = secret.getSecretFullArn();
    return full != null ? full : secret.getSecretArn() + "-??????";
  }

  /** Lets {@code grantee} read the secret's value, and nothing else. */
  public void grantRead(IGrantable grantee) {
    grantee
        .getGrantPrincipal()
        .addToPrincipalPolicy(
            PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(policyResource()))
                .build());
  }
}
