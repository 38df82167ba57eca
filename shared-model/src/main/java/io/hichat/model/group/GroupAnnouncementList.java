package io.hichat.model.group;

import java.util.List;

/** G32: pinned first, then newest first. */
public record GroupAnnouncementList(List<GroupAnnouncement> list) {}
