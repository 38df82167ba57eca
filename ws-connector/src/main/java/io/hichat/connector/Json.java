package io.hichat.connector;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The connector's one JSON mapper, built once. It reads client frames strictly, as the functions
 * read request bodies: a string where a number belongs, a number where a string belongs, a fraction
 * where a whole number belongs or trailing garbage is an error, never a guess. Unknown fields are
 * ignored, so older servers accept newer clients.
 *
 * <p>Its parsers and generators take their buffers from a per-thread pool: the threads that use it
 * are few and long-lived (event loops, the Kafka and Redis clients' threads), and Jackson's default
 * pool, one concurrent deque shared by all of them, showed in the connector's profile.
 */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Textual,
              c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Textual,
              c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private Json() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
