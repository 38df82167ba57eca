/**
 * The wire envelope, the error vocabulary and the small records every domain shares.
 *
 * <p>Records here carry boxed types for optional request fields, so that a missing field can be
 * told from a zero.
 */
package io.hichat.model.api;
