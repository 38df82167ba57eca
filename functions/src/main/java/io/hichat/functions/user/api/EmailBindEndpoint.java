package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.AccountService;
import io.hichat.model.api.Empty;
import io.hichat.model.user.EmailVerifyRequest;
import org.springframework.stereotype.Component;

/** U11 POST /api/v1/user/email/bind. */
@Component("userEmailBind")
public class EmailBindEndpoint implements Endpoint<EmailVerifyRequest, Empty> {

  private final AccountService accounts;

  public EmailBindEndpoint(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Empty apply(Call<EmailVerifyRequest> call) {
    EmailVerifyRequest r = call.body();
    accounts.bindEmail(call.userId(), Check.email(r.email()), Check.code(r.code(), "code"));
    return Empty.INSTANCE;
  }
}
