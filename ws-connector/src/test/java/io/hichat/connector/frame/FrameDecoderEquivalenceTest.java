package io.hichat.connector.frame;

import static org.assertj.core.api.Assertions.assertThat;

import io.hichat.model.api.ErrorCode;
import io.hichat.model.ws.WsMethods;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming {@link FrameDecoder} answers every frame exactly as the tree-building decoder it
 * replaced ({@link TreeFrameDecoder}): the same frame, the same call and data, or the same error
 * code, id and message — for good frames, each kind of bad one, and frames whose members come in
 * any order, twice, or around bytes that are not JSON.
 */
class FrameDecoderEquivalenceTest {

  static final String SEND =
      "{\"conversationId\":\"1_2\",\"chatType\":1,\"recvId\":\"2\",\"clientMsgId\":\"c1\","
          + "\"msg\":{\"mType\":1,\"content\":\"hi\"}}";

  static Stream<String> frames() {
    List<String> frames = new ArrayList<>();
    // not an object, not JSON, or more than one value
    frames.addAll(
        List.of(
            "",
            " ",
            "null",
            "42",
            "\"text\"",
            "[1,2]",
            "[1,2",
            "true",
            "{",
            "}",
            "{}",
            " {} ",
            "{} x",
            "{}{}",
            "{} {}",
            "{\"id\":\"m1\"} x",
            "{\"id\":\"m1\",",
            "{\"id\":\"m1\"",
            "{'id':'m1'}",
            "{id:\"m1\"}",
            "{\"id\":\"m1\",}",
            "[{\"id\":\"m1\"}]",
            "42 43",
            "{\"id\":\"m1\",\"frameType\":3}/*x*/"));
    // ids
    for (String id :
        List.of(
            "\"a\"",
            "7",
            "null",
            "\"\"",
            "\"" + "x".repeat(64) + "\"",
            "\"" + "x".repeat(65) + "\"",
            "{}",
            "[]",
            "true",
            "1.5",
            "\"\\u00e9\\n\"")) {
      frames.add("{\"id\":" + id + ",\"frameType\":3}");
      frames.add("{\"id\":" + id + ",\"method\":\"chat.ping\"}");
      frames.add("{\"frameType\":1,\"id\":" + id + "}");
    }
    // frame types
    for (String type :
        List.of(
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "9",
            "-1",
            "\"0\"",
            "1.0",
            "1e0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "99999999999999999999",
            "null",
            "true",
            "{}",
            "[]")) {
      frames.add("{\"id\":\"m1\",\"frameType\":" + type + ",\"method\":\"chat.ping\"}");
      frames.add("{\"frameType\":" + type + "}");
    }
    // methods
    for (String method :
        List.of(
            "\"chat.ping\"",
            "\"user.online\"",
            "\"chat.nope\"",
            "\"\"",
            "\"push\"",
            "\"notify\"",
            "null",
            "5",
            "{}",
            "[\"chat.ping\"]",
            "\"" + "m".repeat(100) + "\"")) {
      frames.add("{\"id\":\"m1\",\"method\":" + method + ",\"data\":{}}");
      frames.add("{\"id\":\"m1\",\"frameType\":4,\"method\":" + method + "}");
    }
    // data of each method, good and bad, before and after the method
    for (String method :
        List.of(
            WsMethods.CHAT_USER, WsMethods.CHAT_MARK, WsMethods.CHAT_SYNC, WsMethods.CHAT_TYPING)) {
      for (String data :
          List.of(
              SEND,
              "{}",
              "null",
              "[]",
              "\"x\"",
              "5",
              "{\"chatType\":1,\"recvId\":42}",
              "{\"chatType\":\"1\",\"recvId\":\"4\"}",
              "{\"chatType\":1.5}",
              "{\"chatType\":null}",
              "{\"chatType\":true}",
              "{\"conversationId\":5}",
              "{\"conversationId\":\"1_2\",\"afterSeq\":\"3\",\"limit\":20}",
              "{\"conversationId\":\"1_2\",\"afterSeq\":3,\"limit\":2.5}",
              "{\"conversationId\":\"1_2\",\"msgIds\":[\"a\",\"b\"],\"readSeq\":9}",
              "{\"conversationId\":\"1_2\",\"msgIds\":\"a\"}",
              "{\"conversationId\":\"1_2\",\"msgIds\":[1,2]}",
              "{\"msg\":{\"mType\":1,\"content\":5}}",
              "{\"msg\":{\"mType\":1,\"content\":\"x\",\"atUsers\":[\"1\"],\"atAll\":false,"
                  + "\"readRecords\":{\"1\":\"2\"}}}",
              "{\"msg\":{\"mType\":1,\"readRecords\":{\"1\":2}}}",
              "{\"msg\":[]}",
              "{\"unknown\":{\"deep\":[1,{\"a\":null}]},\"chatType\":2}",
              "{\"chatType\":1,\"chatType\":2}",
              "{\"recvId\":\"1\",\"recvId\":\"2\",\"conversationId\":\"a\",\"conversationId\":\"b\"}",
              "{\"conversationId\":\"\\u00e9\\t\\\"q\\\"\",\"msg\":{\"mType\":1,\"content\":\"😀\"}}",
              "{\"conversationId\":\"1_2\"")) {
        frames.add(
            "{\"id\":\"m1\",\"frameType\":0,\"method\":\"" + method + "\",\"data\":" + data + "}");
        frames.add("{\"data\":" + data + ",\"method\":\"" + method + "\",\"id\":\"m2\"}");
      }
      frames.add("{\"id\":\"m1\",\"method\":\"" + method + "\"}");
      frames.add(
          "{\"id\":\"m1\",\"method\":\"" + method + "\",\"data\":" + SEND + ",\"data\":null}");
      frames.add(
          "{\"id\":\"m1\",\"method\":\"" + method + "\",\"data\":null,\"data\":" + SEND + "}");
      frames.add("{\"id\":\"m1\",\"method\":\"" + method + "\",\"data\":{},\"data\":" + SEND + "}");
    }
    // members given twice, unknown members, odd bytes
    frames.addAll(
        List.of(
            "{\"id\":\"a\",\"id\":\"b\",\"frameType\":3}",
            "{\"id\":\"a\",\"id\":5,\"frameType\":3}",
            "{\"id\":5,\"id\":\"a\",\"frameType\":3}",
            "{\"frameType\":3,\"frameType\":\"x\",\"id\":\"a\"}",
            "{\"method\":5,\"method\":\"chat.ping\",\"id\":\"a\"}",
            "{\"id\":\"a\",\"method\":\"chat.ping\",\"pad\":[1,2,{\"x\":[[]]}],\"n\":null}",
            "{\"id\":\"a\",\"method\":\"chat.ping\",\"bad\":\"\\x\"}",
            "{\"id\":\"a\",\"method\":\"chat.ping\",\"ctl\":\"a\u0001b\"}",
            "{\"id\":\"a\",\"method\":\"chat.ping\",\"num\":01}",
            "{\"id\":\"a\",\"method\":\"chat.ping\",\"num\":NaN}",
            "{\"id\":\"a\\u0000\",\"frameType\":3}",
            "{\"id\":\"a\",\"method\":\"chat.user\",\"data\":{\"msg\":{\"content\":\"\\ud800\"}}}"));
    frames.add(
        "{\"id\":\"a\",\"method\":\"chat.ping\",\"deep\":"
            + "[".repeat(600)
            + "]".repeat(600)
            + "}");
    frames.add(
        "{\"id\":\"a\",\"method\":\"chat.ping\",\"deep\":"
            + "[".repeat(100)
            + "]".repeat(100)
            + "}");
    return frames.stream();
  }

  @ParameterizedTest
  @MethodSource("frames")
  void theStreamingDecoder_answersAsTheTreeDecoder(String frame) {
    byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);

    assertThat(FrameDecoder.decode(bytes)).isEqualTo(TreeFrameDecoder.decode(bytes));
  }

  @Test
  void bytesThatAreNotUtf8_areAnsweredAsTheTreeDecoderAnswersThem() {
    byte[][] frames = {
      {
        '{',
        '"',
        'i',
        'd',
        '"',
        ':',
        '"',
        (byte) 0xC3,
        '"',
        ',',
        '"',
        'f',
        'r',
        'a',
        'm',
        'e',
        'T',
        'y',
        'p',
        'e',
        '"',
        ':',
        '3',
        '}'
      },
      {'{', '"', 'x', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
      {
        '{',
        '"',
        'd',
        'a',
        't',
        'a',
        '"',
        ':',
        '{',
        '"',
        'a',
        '"',
        ':',
        '"',
        (byte) 0xE2,
        (byte) 0x28,
        (byte) 0xA1,
        '"',
        '}',
        '}'
      },
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
    };
    for (byte[] frame : frames) {
      assertThat(FrameDecoder.decode(frame)).isEqualTo(TreeFrameDecoder.decode(frame));
    }
  }

  @Test
  void theCorpus_coversEveryOutcome() {
    List<ClientFrame> outcomes =
        frames().map(f -> FrameDecoder.decode(f.getBytes(StandardCharsets.UTF_8))).toList();

    assertThat(outcomes).anyMatch(ClientFrame.Ping.class::isInstance);
    assertThat(outcomes).anyMatch(ClientFrame.Ack.class::isInstance);
    assertThat(outcomes)
        .anyMatch(f -> f instanceof ClientFrame.Request r && r.call() instanceof Call.SendChat);
    assertThat(outcomes)
        .anyMatch(f -> f instanceof ClientFrame.Request r && r.call() instanceof Call.MarkRead);
    assertThat(outcomes)
        .anyMatch(f -> f instanceof ClientFrame.Request r && r.call() instanceof Call.Sync);
    assertThat(outcomes)
        .anyMatch(f -> f instanceof ClientFrame.Request r && r.call() instanceof Call.TypingNow);
    assertThat(outcomes)
        .filteredOn(ClientFrame.Invalid.class::isInstance)
        .extracting(f -> ((ClientFrame.Invalid) f).code())
        .contains(ErrorCode.MALFORMED_JSON, ErrorCode.BAD_REQUEST, ErrorCode.UNKNOWN_METHOD);
    assertThat(outcomes)
        .anyMatch(
            f ->
                f instanceof ClientFrame.Invalid i
                    && i.message().startsWith("data has a wrong type at"));
  }
}
