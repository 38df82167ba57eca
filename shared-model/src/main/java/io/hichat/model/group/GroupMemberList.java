package io.hichat.model.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * G10: the members, owner first, then admins, then by join time. The field is {@code List}, capital
 * L, as in the reference.
 */
public record GroupMemberList(@JsonProperty("List") List<GroupMember> list) {}
