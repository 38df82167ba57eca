package io.hichat.model.user;

import java.util.Map;

/**
 * Where to PUT the file ({@code uploadUrl}, with exactly these {@code headers}) until {@code
 * expiresAt} (unix seconds); then call complete with {@code key}.
 */
public record PresignUploadResult(
    String key, String uploadUrl, String method, Map<String, String> headers, long expiresAt) {}
