package io.hichat.model.api;

/** Paging parameters: {@code page} from 1, {@code pageSize} items per page. */
public record PageQuery(Integer page, Integer pageSize) {}
