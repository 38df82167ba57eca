package io.hichat.model.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hichat.model.api.ApiResponse;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.route.Auth;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpenApiGeneratorTest {

  private static final RouteCatalog CATALOG = RouteCatalog.get();
  private static final Map<String, Object> DOC = OpenApiGenerator.document(CATALOG);

  @Test
  void everyCatalogueRoute_appearsUnderItsPathAndMethod_namingItsFunction() {
    for (Route route : CATALOG.routes()) {
      Object op = at(DOC, "paths", route.path(), route.method().name().toLowerCase(Locale.ROOT));

      assertThat(op).as(route.line()).isInstanceOf(Map.class);
      assertThat(at(op, "operationId")).isEqualTo(route.function());
      assertThat(at(op, "x-hichat-function")).isEqualTo(route.function());
      assertThat(at(op, "tags")).isEqualTo(List.of(route.domain()));
      assertThat(at(op, "summary")).isEqualTo(route.summary());
    }
    int operations = map(at(DOC, "paths")).values().stream().mapToInt(p -> map(p).size()).sum();
    assertThat(operations).isEqualTo(CATALOG.routes().size());
  }

  @Test
  void jwtRoutes_requireTheBearerScheme_andOpenRoutesDoNot() {
    assertThat(at(DOC, "components", "securitySchemes", "bearerAuth", "scheme"))
        .isEqualTo("bearer");
    for (Route route : CATALOG.routes()) {
      Object security = at(operation(route), "security");
      if (route.auth() == Auth.JWT) {
        assertThat(security).as(route.line()).isEqualTo(List.of(Map.of("bearerAuth", List.of())));
        assertThat(map(at(operation(route), "responses"))).containsKey("401");
      } else {
        assertThat(security).as(route.line()).isNull();
      }
    }
  }

  @Test
  void userSchema_listsTheRecordsFieldsUnderTheirJsonNames() {
    Map<String, Object> user = map(at(DOC, "components", "schemas", "User"));

    assertThat(map(user.get("properties")).keySet())
        .containsExactly(
            "id",
            "mobile",
            "nickname",
            "sex",
            "avatar",
            "lastLogin",
            "introduction",
            "email",
            "region",
            "occupation",
            "tags",
            "moments_cover");
    assertThat(at(user, "properties", "sex"))
        .isEqualTo(Map.of("type", "integer", "format", "int32"));
    assertThat(at(user, "properties", "moments_cover", "type"))
        .isEqualTo(List.of("string", "null"));
    assertThat(at(user, "required")).isEqualTo(List.of("sex"));
    assertThat(map(at(DOC, "components", "schemas", "UpdateUserRequest", "properties")))
        .containsKey("moments_cover")
        .doesNotContainKey("momentsCover");
  }

  @Test
  void nonNullRecord_leavesNullFieldsOut_soTheyAreOptionalButNeverNull() {
    Object code = at(DOC, "components", "schemas", "PhoneCodeResult", "properties", "code");

    assertThat(code).isEqualTo(Map.of("type", "string"));
    assertThat(at(DOC, "components", "schemas", "PhoneCodeResult", "required")).isNull();
  }

  @Test
  void successResponse_isTheEnvelopeAroundTheRoutesData() {
    Route login = CATALOG.byFunction("userLogin").orElseThrow();
    Object ref = at(operation(login), "responses", "200", "content", "application/json", "schema");
    Map<String, Object> envelope = schema(ref);

    assertThat(at(envelope, "required")).isEqualTo(List.of("code", "msg", "data"));
    assertThat(at(envelope, "properties", "code", "const")).isEqualTo(ApiResponse.OK);
    assertThat(at(envelope, "properties", "data", "$ref"))
        .isEqualTo("#/components/schemas/TokenResult");
    assertThat(map(at(schema(at(envelope, "properties", "data")), "properties")))
        .containsOnlyKeys("token", "expire");
    assertThat(OpenApiGenerator.envelopeFields())
        .as("the envelope schema follows ApiResponse's fields")
        .containsExactly("code", "msg", "data");
  }

  @Test
  void pagedRoute_typesThePagesItems() {
    Route favorites = CATALOG.byFunction("favoriteList").orElseThrow();
    Object envelope =
        schema(
            at(operation(favorites), "responses", "200", "content", "application/json", "schema"));
    Map<String, Object> page = schema(at(envelope, "properties", "data"));

    assertThat(at(page, "properties", "list", "items", "$ref"))
        .isEqualTo("#/components/schemas/FavoriteItem");
    assertThat(at(page, "properties", "total"))
        .isEqualTo(Map.of("type", "integer", "format", "int64"));
  }

  @Test
  void unwrappedResponse_isTheDocumentItself() {
    Route jwks = CATALOG.byFunction("jwks").orElseThrow();

    assertThat(at(operation(jwks), "responses", "200", "content", "application/json", "schema"))
        .isEqualTo(Map.of("$ref", "#/components/schemas/JwkSet"));
  }

  @Test
  void inputs_becomeJsonBodies_queryParameters_orMultipartFiles() {
    for (Route route : CATALOG.routes()) {
      Object op = operation(route);
      switch (route.input()) {
        case JSON ->
            assertThat(at(op, "requestBody", "content", "application/json", "schema", "$ref"))
                .as(route.line())
                .isEqualTo("#/components/schemas/" + route.request().getSimpleName());
        case QUERY -> {
          List<Object> names = new ArrayList<>();
          list(at(op, "parameters")).forEach(p -> names.add(at(p, "name")));
          assertThat(names)
              .as(route.line())
              .containsExactlyElementsOf(
                  Arrays.stream(route.request().getRecordComponents())
                      .map(c -> Schemas.jsonName(route.request(), c))
                      .toList());
        }
        case MULTIPART ->
            assertThat(
                    at(
                        op,
                        "requestBody",
                        "content",
                        "multipart/form-data",
                        "schema",
                        "properties",
                        "file",
                        "format"))
                .as(route.line())
                .isEqualTo("binary");
        case NONE -> assertThat(at(op, "requestBody")).as(route.line()).isNull();
      }
    }
    Object ids =
        list(at(operation(CATALOG.byFunction("userSearch").orElseThrow()), "parameters")).stream()
            .filter(p -> "ids".equals(at(p, "name")))
            .findFirst()
            .orElseThrow();
    assertThat(at(ids, "schema", "type")).isEqualTo("array");
    Object friendRequests = operation(CATALOG.byFunction("friendPutInList").orElseThrow());
    assertThat(list(at(friendRequests, "parameters")).stream().map(p -> at(p, "name")))
        .as("a query parameter is named as Jackson names the component")
        .contains("class");
  }

  @Test
  void errorResponses_listTheStatusesThatApply_withTheirBusinessCodes() {
    Object login = operation(CATALOG.byFunction("userLogin").orElseThrow());
    Object upload = operation(CATALOG.byFunction("userAvatarUpload").orElseThrow());

    assertThat(map(at(login, "responses")).keySet())
        .containsExactly("200", "400", "401", "413", "429", "500");
    assertThat(at(login, "responses", "429", "x-hichat-error-codes"))
        .isEqualTo(List.of(ErrorCode.LOGIN_LOCKED.code()));
    assertThat(at(login, "responses", "400", "content", "application/json", "schema", "$ref"))
        .isEqualTo("#/components/schemas/ErrorResponse");
    assertThat(map(at(upload, "responses"))).containsKeys("401", "413", "415");
    assertThat(at(DOC, "components", "responses", "MethodNotAllowed", "headers", "Allow"))
        .isNotNull();
  }

  @Test
  void routeErrors_nameOnlyCatalogueFunctions() {
    assertThat(CATALOG.functions()).containsAll(RouteErrors.BY_FUNCTION.keySet());
  }

  @Test
  void errorCodeTable_listsEveryCodeWithItsStatus() {
    List<Object> table = list(at(DOC, "x-hichat-error-codes"));

    assertThat(table).hasSize(ErrorCode.values().length);
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(table)
          .contains(
              Map.of(
                  "code", code.code(),
                  "name", code.name(),
                  "httpStatus", code.httpStatus(),
                  "message", code.message()));
    }
  }

  @Test
  void everyReference_pointsAtAComponent() {
    List<String> refs = new ArrayList<>();
    collectRefs(DOC, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      String[] parts = ref.substring(2).split("/");
      assertThat(at(DOC, parts)).as(ref).isNotNull();
    }
  }

  @Test
  void generation_isDeterministic() {
    assertThat(OpenApiGenerator.generate()).isEqualTo(OpenApiGenerator.generate());
  }

  @Test
  void committedDocument_equalsAFreshGeneration() throws IOException {
    Path committed = committedDocument();

    assertThat(committed)
        .as(
            "docs/api/openapi.json is missing: run the build (mvn -pl shared-model process-classes)")
        .isRegularFile();
    String difference =
        firstDifference(
            Files.readString(committed, StandardCharsets.UTF_8), OpenApiGenerator.generate());
    assertThat(difference)
        .as(
            "docs/api/openapi.json is stale: run the build (mvn -pl shared-model process-classes,"
                + " without CI set, which only checks) and commit the regenerated"
                + " docs/api/openapi.json")
        .isNull();
  }

  @Test
  void apiReference_listsEveryUserAndSocialRouteAndEveryErrorCode() throws IOException {
    String readme = Files.readString(committedDocument().resolveSibling("README.md"));

    for (Route route : CATALOG.routes()) {
      if (route.domain().equals("user") || route.domain().equals("social")) {
        assertThat(readme)
            .as("docs/api/README.md's endpoint table lacks " + route.line())
            .contains("| " + route.method() + " | `" + route.path() + "` |");
      }
    }
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(readme)
          .as("docs/api/README.md's error code table lacks or misstates " + code)
          .contains(
              "| "
                  + code.code()
                  + " | "
                  + code.name()
                  + " | "
                  + code.httpStatus()
                  + " | "
                  + code.message()
                  + " |");
    }
  }

  @Test
  void pathParameter_isDocumentedInThePath_andRequired() {
    Route handle = CATALOG.byFunction("groupInvitationHandle").orElseThrow();

    assertThat(handle.path()).isEqualTo("/v1/social/group/invitations/{id}");
    List<Object> parameters = list(at(operation(handle), "parameters"));
    assertThat(parameters).hasSize(1);
    assertThat(at(parameters.get(0), "name")).isEqualTo("id");
    assertThat(at(parameters.get(0), "in")).isEqualTo("path");
    assertThat(at(parameters.get(0), "required")).isEqualTo(true);
    assertThat(at(parameters.get(0), "schema", "type")).isEqualTo("string");
  }

  @Test
  void apiReference_listsEveryGroupRoute() throws IOException {
    String readme = Files.readString(committedDocument().resolveSibling("README.md"));

    for (Route route : CATALOG.routes()) {
      if (route.domain().equals("group")) {
        assertThat(readme)
            .as("docs/api/README.md's group table lacks " + route.line())
            .contains("| " + route.method() + " | `" + route.path() + "` |");
      }
    }
  }

  @Test
  void apiReference_listsEveryImRoute() throws IOException {
    String readme = Files.readString(committedDocument().resolveSibling("README.md"));

    for (Route route : CATALOG.routes()) {
      if (route.domain().equals("im")) {
        assertThat(readme)
            .as("docs/api/README.md's IM table lacks " + route.line())
            .contains(
                "| "
                    + route.method()
                    + " | `"
                    + route.path()
                    + "` | JWT | `"
                    + route.function()
                    + "` |");
      }
    }
  }

  @Test
  void conversationSchema_keepsTheReferencesFieldNames() {
    Map<String, Object> conversation = map(at(DOC, "components", "schemas", "Conversation"));
    Map<String, Object> chatLog = map(at(DOC, "components", "schemas", "ChatLog"));

    assertThat(map(conversation.get("properties")).keySet())
        .contains("conversationId", "isShow", "isTop", "isMute", "hasAtMe", "seq", "read")
        .contains("message", "targetName", "targetAvatar", "memberCount");
    assertThat(at(conversation, "properties", "message", "$ref"))
        .isEqualTo("#/components/schemas/ChatLog");
    assertThat(map(chatLog.get("properties")).keySet())
        .containsExactly(
            "id",
            "conversationId",
            "sendId",
            "recvId",
            "msgType",
            "msgContent",
            "chatType",
            "sendTime",
            "readRecords",
            "quote",
            "status",
            "recalledBy",
            "atUsers",
            "atAll",
            "seq",
            "clientMsgId");
    assertThat(
            at(
                DOC,
                "components",
                "schemas",
                "ConversationUpdateRequest",
                "properties",
                "conversationList",
                "additionalProperties",
                "$ref"))
        .isEqualTo("#/components/schemas/ConversationUpdate");
  }

  private static Path committedDocument() {
    return Path.of(System.getProperty("hichat.openapi.file", "../docs/api/openapi.json"));
  }

  /** The first line where two texts differ, or null when they are equal. */
  private static String firstDifference(String committed, String fresh) {
    if (committed.equals(fresh)) {
      return null;
    }
    List<String> a = committed.lines().toList();
    List<String> b = fresh.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "<end of file>";
      String y = i < b.size() ? b.get(i) : "<end of file>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": committed `" + x.strip() + "`, generated `" + y.strip() + "`";
      }
    }
    return "the files differ in line endings or the final newline";
  }

  @Test
  void mainWritesTheDocument_andLeavesAnUpToDateFileAlone() throws IOException {
    Path dir = Files.createTempDirectory("openapi");
    Path out = dir.resolve("api/openapi.json");

    OpenApiGenerator.main(new String[] {out.toString()});
    var written = Files.getLastModifiedTime(out);
    OpenApiGenerator.main(new String[] {out.toString()});

    assertThat(Files.readString(out)).isEqualTo(OpenApiGenerator.generate());
    assertThat(Files.getLastModifiedTime(out)).isEqualTo(written);
  }

  // --- Schemas -----------------------------------------------------------------------------

  record Box<T>(T value, List<T> values, int count) {}

  record WithInstant(Instant at) {}

  static final class First {
    record Item(String a) {}
  }

  static final class Second {
    record Item(String b) {}
  }

  record Both(First.Item first, Second.Item second) {}

  enum Color {
    RED,
    GREEN
  }

  record Painted(Color color, Map<String, Long> counts) {}

  @Test
  void genericRecord_isNamedByItsArguments_andBindsThem() {
    Schemas schemas = new Schemas();

    Map<String, Object> ref = schemas.generic(Box.class, List.of(String.class));

    assertThat(ref).isEqualTo(Map.of("$ref", "#/components/schemas/BoxOfString"));
    Object box = schemas.components().get("BoxOfString");
    assertThat(at(box, "properties", "value", "type")).isEqualTo(List.of("string", "null"));
    assertThat(at(box, "properties", "values", "items")).isEqualTo(Map.of("type", "string"));
    assertThat(at(box, "required")).isEqualTo(List.of("count"));
  }

  @Test
  void enumsAndMaps_becomeStringEnumsAndObjectsWithAdditionalProperties() {
    Schemas schemas = new Schemas();

    schemas.of(Painted.class);

    Object painted = schemas.components().get("Painted");
    assertThat(at(painted, "properties", "color", "anyOf"))
        .isEqualTo(
            List.of(
                Map.of("type", "string", "enum", List.of("RED", "GREEN")), Map.of("type", "null")));
    assertThat(at(painted, "properties", "counts", "additionalProperties"))
        .isEqualTo(Map.of("type", "integer", "format", "int64"));
  }

  @Test
  void unknownType_isRefused() {
    assertThatThrownBy(() -> new Schemas().of(WithInstant.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("java.time.Instant");
  }

  @Test
  void twoTypesWithOneSimpleName_areRefused() {
    assertThatThrownBy(() -> new Schemas().of(Both.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Item");
  }

  // --- JsonWriter --------------------------------------------------------------------------

  @Test
  void writer_indentsByTwo_sortsUnorderedMaps_andKeepsOrderedOnes() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", List.of());
    ordered.put("m", Map.of("b", true, "a", 2L));
    ordered.put("e", new TreeMap<>());
    ordered.put("n", null);

    assertThat(JsonWriter.write(ordered))
        .isEqualTo(
            "{\n"
                + "  \"z\": 1,\n"
                + "  \"a\": [],\n"
                + "  \"m\": {\n"
                + "    \"a\": 2,\n"
                + "    \"b\": true\n"
                + "  },\n"
                + "  \"e\": {},\n"
                + "  \"n\": null\n"
                + "}\n");
  }

  @Test
  void writer_escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JsonWriter.write(List.of("a\"b\\c\nd\u0001é")))
        .isEqualTo("[\n  \"a\\\"b\\\\c\\nd\\u0001é\"\n]\n");
  }

  @Test
  void writer_refusesValuesThatAreNotJson() {
    assertThatThrownBy(() -> JsonWriter.write(List.of(1.5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- helpers -----------------------------------------------------------------------------

  private static Object operation(Route route) {
    return at(DOC, "paths", route.path(), route.method().name().toLowerCase(Locale.ROOT));
  }

  /** The component a {@code {"$ref": ...}} schema points at. */
  private static Map<String, Object> schema(Object ref) {
    String target = (String) at(ref, "$ref");
    assertThat(target).startsWith(Schemas.REF_PREFIX);
    return map(at(DOC, "components", "schemas", target.substring(Schemas.REF_PREFIX.length())));
  }

  private static Object at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }

  private static void collectRefs(Object node, List<String> refs) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if ("$ref".equals(k)) {
              refs.add((String) v);
            } else {
              collectRefs(v, refs);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(item -> collectRefs(item, refs));
    }
  }
}
