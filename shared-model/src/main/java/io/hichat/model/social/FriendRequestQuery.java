package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * S4: which of the caller's friend requests to list.
 *
 * @param requestClass {@code "0"} sent by the caller, {@code "1"} received
 * @param status 0 pending, 1 accepted, 2 rejected, 3 ignored; absent = all
 * @param type the reference's legacy name for {@code status}, read when {@code status} is absent
 * @param page from 1
 * @param size 1 to 100
 */
public record FriendRequestQuery(
    @JsonProperty("class") String requestClass,
    Integer status,
    Integer type,
    Integer page,
    Integer size) {}
