package io.hichat.model.im;

import java.util.List;

/** I1 and I2: messages in the order the query asked for. */
public record ChatLogList(List<ChatLog> list) {}
