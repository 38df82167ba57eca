package io.hichat.model.api;

/**
 * Marks a response written as-is, without the {@link ApiResponse} envelope: documents whose format
 * is fixed by a standard (the JWK set) rather than by HiChat.
 */
public interface Unwrapped {}
