package io.hichat.model.im;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The {@code msg} object of a chat frame (SEED-SPEC §2.3).
 *
 * @param mType one of the stored types of {@link ChatTypes}
 * @param content plain text for text messages, a JSON object as a string for media (§5.5)
 * @param quote the quoted message as a JSON string {@code {id, name, preview}}
 * @param readRecords read receipts only: message id → {@code "AQ=="} (read by the receipt's sender)
 * @param atUsers group only: mentioned user ids
 * @param atAll group only, admins and the owner only: mentions everyone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatBody(
    int mType,
    String content,
    String quote,
    Map<String, String> readRecords,
    List<String> atUsers,
    Boolean atAll) {}
