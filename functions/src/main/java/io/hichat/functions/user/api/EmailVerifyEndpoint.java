package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.Channel;
import io.hichat.functions.user.domain.VerificationCodes;
import io.hichat.model.api.Empty;
import io.hichat.model.user.EmailVerifyRequest;
import org.springframework.stereotype.Component;

/** U4 POST /api/v1/user/email/verify. */
@Component("userEmailVerify")
public class EmailVerifyEndpoint implements Endpoint<EmailVerifyRequest, Empty> {

  private final VerificationCodes codes;

  public EmailVerifyEndpoint(VerificationCodes codes) {
    this.codes = codes;
  }

  @Override
  public Empty apply(Call<EmailVerifyRequest> call) {
    EmailVerifyRequest r = call.body();
    codes.consume(Channel.EMAIL, Check.email(r.email()), Check.code(r.code(), "code"));
    return Empty.INSTANCE;
  }
}
