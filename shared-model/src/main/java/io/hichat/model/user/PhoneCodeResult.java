package io.hichat.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;

/** U5's answer: the code itself, present only when the server runs in dev mode. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneCodeResult(String code) {}
