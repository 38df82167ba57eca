package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G1: {@code name} is required; {@code is_verify} (0 open, 1 approval; default 0) is a HiChat
 * addition.
 */
public record GroupCreateRequest(
    String name, String icon, String description, @JsonProperty("is_verify") Integer isVerify) {}
