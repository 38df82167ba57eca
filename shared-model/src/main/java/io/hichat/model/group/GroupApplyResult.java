package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G2: {@code is_pass} 1 = the caller is a member now, 0 = an application waits for approval ({@code
 * request_id}); {@code status} is the request's {@code handle_result}.
 */
public record GroupApplyResult(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("is_pass") int isPass,
    @JsonProperty("request_id") String requestId,
    int status,
    @JsonProperty("already_pending") boolean alreadyPending,
    @JsonProperty("already_member") boolean alreadyMember) {}
