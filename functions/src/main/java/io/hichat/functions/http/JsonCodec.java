package io.hichat.functions.http;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The two JSON mappers of the edge, built once per process.
 *
 * <p>{@link #strict()} reads request bodies: a string where a number belongs, a number where a
 * string belongs, or trailing garbage is an error, so wrong types get 400 rather than a guess.
 * Unknown fields are ignored, so older servers accept newer clients. {@link #query()} reads query
 * strings, whose values are all text, and so coerces text to numbers and booleans.
 *
 * <p>Their parsers and generators take buffers from a per-thread pool rather than Jackson's default
 * concurrent deque shared by every thread: a Lambda runs one thread, the local gateway a fixed few.
 */
public final class JsonCodec {

  private static final JsonMapper STRICT = build(false);
  private static final JsonMapper QUERY = build(true);
  private static final JsonMapper EVENTS =
      JsonMapper.builder(factory())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private JsonCodec() {}

  public static JsonMapper strict() {
    return STRICT;
  }

  public static JsonMapper query() {
    return QUERY;
  }

  /**
   * Reads the platform's own envelopes (API Gateway events, Lambda responses): tolerant of fields
   * AWS adds or leaves out.
   */
  public static JsonMapper events() {
    return EVENTS;
  }

  private static JsonFactory factory() {
    return JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
  }

  private static JsonMapper build(boolean coerceText) {
    JsonMapper.Builder builder =
        JsonMapper.builder(factory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    if (coerceText) {
      builder.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    } else {
      builder
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Textual,
              c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Textual,
              c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
    return builder.build();
  }
}
