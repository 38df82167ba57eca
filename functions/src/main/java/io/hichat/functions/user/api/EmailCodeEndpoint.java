package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.Channel;
import io.hichat.functions.user.domain.VerificationCodes;
import io.hichat.model.user.EmailCodeRequest;
import io.hichat.model.user.PhoneCodeResult;
import org.springframework.stereotype.Component;

/** U3 POST /api/v1/user/email/code; like U5, dev mode returns the code. */
@Component("userEmailCode")
public class EmailCodeEndpoint implements Endpoint<EmailCodeRequest, PhoneCodeResult> {

  private final VerificationCodes codes;

  public EmailCodeEndpoint(VerificationCodes codes) {
    this.codes = codes;
  }

  @Override
  public PhoneCodeResult apply(Call<EmailCodeRequest> call) {
    String email = Check.email(call.body().email());
    return new PhoneCodeResult(codes.send(Channel.EMAIL, email).orElse(null));
  }
}
