package io.hichat.functions.user.api;

import io.hichat.functions.http.Call;
import io.hichat.functions.http.Endpoint;
import io.hichat.functions.user.domain.AccountService;
import io.hichat.model.api.Empty;
import org.springframework.stereotype.Component;

/** U13 DELETE /api/v1/user/logout: deletes the account for real and revokes its tokens. */
@Component("userDelete")
public class DeleteAccountEndpoint implements Endpoint<Void, Empty> {

  private final AccountService accounts;

  public DeleteAccountEndpoint(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Empty apply(Call<Void> call) {
    accounts.delete(call.userId());
    return Empty.INSTANCE;
  }
}
