package io.hichat.model.notify;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * I11: which notifications to mark read — by id, by type, by business id, or by exact {type, bizId}
 * targets; all empty marks everything read. Targets and "everything" also cover notifications that
 * arrive later (read intents).
 */
public record MarkReadRequest(
    List<String> ids,
    @JsonProperty("notify_types") List<String> notifyTypes,
    @JsonProperty("biz_ids") List<String> bizIds,
    List<Target> targets) {

  public record Target(
      @JsonProperty("notify_type") String notifyType, @JsonProperty("biz_id") String bizId) {}
}
