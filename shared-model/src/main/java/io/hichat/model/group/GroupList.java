package io.hichat.model.group;

import java.util.List;

/** G8: the groups the caller belongs to. */
public record GroupList(List<Group> list) {}
