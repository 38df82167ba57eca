package io.hichat.model.group;

/** G28: the caller's settings in the group. */
public record GroupMemberSettingResult(GroupMemberSetting setting) {}
