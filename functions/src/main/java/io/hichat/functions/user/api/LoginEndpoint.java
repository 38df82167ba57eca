package io.hichat.functions.user.api;

import io.hichat.functions.common.Check;
import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.AccountService;
import io.hichat.model.user.LoginRequest;
import io.hichat.model.user.TokenResult;
import org.springframework.stereotype.Component;

/** U2 POST /api/v1/user/login. */
@Component("userLogin")
public class LoginEndpoint implements Endpoint<LoginRequest, TokenResult> {

  private final AccountService accounts;

  public LoginEndpoint(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public TokenResult apply(Call<LoginRequest> call) {
    LoginRequest r = call.body();
    String phone = Check.phone(r.phone());
    Check.required(r.password(), "password");
    Check.maxLength(r.password(), 64, "password");
    return accounts.login(phone, r.password());
  }
}
