package io.hichat.model.group;

import java.util.List;

/** G20: the group and its first members (owner and admins first; G10 lists them all). */
public record GroupDetail(Group group, List<GroupMember> members) {}
