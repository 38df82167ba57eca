package io.hichat.functions.im.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat switches ({@code hichat.chat.*}; {@code application.properties} reads {@code
 * HICHAT_CHAT_READ_RECEIPTS}).
 *
 * @param readReceipts the system switch for read receipts (SEED-SPEC §5.9): off, nobody is sent a
 *     receipt; read positions are stored either way
 */
@ConfigurationProperties("hichat.chat")
public record ChatSettings(@DefaultValue("true") boolean readReceipts) {}
