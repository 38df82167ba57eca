package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * G27: {@code is_pass} 1 = a member now; 0 = an application ({@code request_id}) waits for
 * approval.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupJoinResult(
    @JsonProperty("group_id") String groupId,
    @JsonProperty("is_pass") int isPass,
    @JsonProperty("request_id") String requestId) {}
