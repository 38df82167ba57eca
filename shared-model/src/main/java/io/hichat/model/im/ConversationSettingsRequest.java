package io.hichat.model.im;

import com.fasterxml.jackson.annotation.JsonProperty;

/** I7: pin and do-not-disturb; both flags are required and overwritten. */
public record ConversationSettingsRequest(
    String conversationId,
    @JsonProperty("isTop") Boolean isTop,
    @JsonProperty("isMute") Boolean isMute) {}
