/**
 * The social graph's wire records (SEED-SPEC §1.2): friend requests and friends.
 *
 * <p>JSON names are the reference's, mostly snake case ({@code user_uid}, {@code request_id}); user
 * and request ids travel as decimal strings, as the {@code User} object's {@code id} does. Optional
 * request fields are boxed, so that a missing field can be told from a zero or {@code false}.
 */
package io.hichat.model.social;
