package io.hichat.model.im;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of I5's conversation list (SEED-SPEC §1.3, §5.7).
 *
 * @param isShow false only for a conversation the caller hid (or, for the recipient of a new single
 *     chat, one that has no message yet) and that has nothing unread
 * @param hasAtMe an unread message mentions the caller or everyone
 * @param seq the conversation's latest seq the caller may see
 * @param read the number of unread messages
 * @param readSeq the caller's read position: everything up to this seq is read
 * @param message the latest message the caller may see; absent when there is none
 * @param targetName the peer's nickname or the group's name
 * @param targetAvatar the peer's avatar or the group's icon
 * @param memberCount groups only: the number of members
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(
    String conversationId,
    int chatType,
    @JsonProperty("isShow") boolean isShow,
    @JsonProperty("isTop") boolean isTop,
    @JsonProperty("isMute") boolean isMute,
    boolean hasAtMe,
    long seq,
    long read,
    long readSeq,
    ChatLog message,
    String targetName,
    String targetAvatar,
    Integer memberCount) {}
