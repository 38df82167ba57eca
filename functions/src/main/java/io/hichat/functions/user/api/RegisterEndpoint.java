package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.AccountService;
import io.hichat.model.user.RegisterRequest;
import io.hichat.model.user.TokenResult;
import org.springframework.stereotype.Component;

/** U1 POST /api/v1/user/register. */
@Component("userRegister")
public class RegisterEndpoint implements Endpoint<RegisterRequest, TokenResult> {

  private final AccountService accounts;

  public RegisterEndpoint(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public TokenResult apply(Call<RegisterRequest> call) {
    RegisterRequest r = call.body();
    return accounts.register(
        new AccountService.Registration(
            Check.phone(r.phone()),
            Check.password(r.password(), "password"),
            Check.maxLength(r.nickname() == null ? null : r.nickname().trim(), 64, "nickname"),
            Check.range(r.sex(), 0, 2, 0, "sex"),
            Check.maxLength(r.avatar(), 255, "avatar"),
            Check.code(r.phoneCode(), "phoneCode")));
  }
}
