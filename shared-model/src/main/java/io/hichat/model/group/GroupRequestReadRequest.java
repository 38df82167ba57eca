package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** G7: mark these applications' receipts read; empty or missing = all. */
public record GroupRequestReadRequest(@JsonProperty("request_ids") List<String> requestIds) {}
