package io.hichat.model.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * S2: the target accepts (1) or rejects (2) a friend request.
 *
 * @param friendReqId the reference's legacy numeric id, used when {@code request_id} is absent
 * @param remark the handler's remark for the applicant (accept only)
 * @param tags the handler's tags for the applicant (accept only)
 */
public record FriendHandleRequest(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("friend_req_id") Long friendReqId,
    @JsonProperty("handle_result") Integer handleResult,
    @JsonProperty("handle_msg") String handleMsg,
    String remark,
    List<String> tags) {}
