package io.hichat.model.api;

import java.util.List;

/** One page of a list and the total count across all pages. */
public record PageResult<T>(List<T> list, long total) {}
