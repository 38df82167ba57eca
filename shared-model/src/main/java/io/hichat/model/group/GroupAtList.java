package io.hichat.model.group;

import java.util.List;

/** G30: candidates, owner and admins first, the caller left out. */
public record GroupAtList(List<GroupAtMember> list) {}
