package io.hichat.model.group;

import java.util.Map;

/** G11: member id → whether the member has a live connection. */
public record GroupOnlineResult(Map<String, Boolean> onLineList) {}
