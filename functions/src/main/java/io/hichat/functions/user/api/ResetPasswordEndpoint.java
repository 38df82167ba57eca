package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.AccountService;
import io.hichat.functions.user.domain.Channel;
import io.hichat.model.api.Empty;
import io.hichat.model.user.ResetPasswordRequest;
import org.springframework.stereotype.Component;

/** U7 PUT /api/v1/user/reset_pwd: with a phone or an email code; every token is revoked. */
@Component("userResetPassword")
public class ResetPasswordEndpoint implements Endpoint<ResetPasswordRequest, Empty> {

  private final AccountService accounts;

  public ResetPasswordEndpoint(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Empty apply(Call<ResetPasswordRequest> call) {
    ResetPasswordRequest r = call.body();
    String password = Check.password(r.password(), "password");
    String code = Check.code(r.code(), "code");
    boolean byPhone = r.phone() != null && !r.phone().isBlank();
    boolean byEmail = r.email() != null && !r.email().isBlank();
    if (byPhone == byEmail) {
      throw Check.bad("exactly one of phone or email is required");
    }
    if (byPhone) {
      accounts.resetPassword(Channel.SMS, Check.phone(r.phone()), code, password);
    } else {
      accounts.resetPassword(Channel.EMAIL, Check.email(r.email()), code, password);
    }
    return Empty.INSTANCE;
  }
}
