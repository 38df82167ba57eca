package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.Channel;
import io.hichat.functions.user.domain.VerificationCodes;
import io.hichat.model.user.PhoneCodeRequest;
import io.hichat.model.user.PhoneCodeResult;
import org.springframework.stereotype.Component;

/** U5 POST /api/v1/user/phone/code; dev mode returns the code. */
@Component("userPhoneCode")
public class PhoneCodeEndpoint implements Endpoint<PhoneCodeRequest, PhoneCodeResult> {

  private final VerificationCodes codes;

  public PhoneCodeEndpoint(VerificationCodes codes) {
    this.codes = codes;
  }

  @Override
  public PhoneCodeResult apply(Call<PhoneCodeRequest> call) {
    String phone = Check.phone(call.body().phone());
    return new PhoneCodeResult(codes.send(Channel.SMS, phone).orElse(null));
  }
}
