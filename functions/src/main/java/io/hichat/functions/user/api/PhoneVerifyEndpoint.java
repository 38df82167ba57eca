package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.Channel;
import io.hichat.functions.user.domain.VerificationCodes;
import io.hichat.model.api.Empty;
import io.hichat.model.user.PhoneVerifyRequest;
import org.springframework.stereotype.Component;

/** U6 POST /api/v1/user/phone/verify. */
@Component("userPhoneVerify")
public class PhoneVerifyEndpoint implements Endpoint<PhoneVerifyRequest, Empty> {

  private final VerificationCodes codes;

  public PhoneVerifyEndpoint(VerificationCodes codes) {
    this.codes = codes;
  }

  @Override
  public Empty apply(Call<PhoneVerifyRequest> call) {
    PhoneVerifyRequest r = call.body();
    codes.consume(Channel.SMS, Check.phone(r.phone()), Check.code(r.code(), "code"));
    return Empty.INSTANCE;
  }
}
