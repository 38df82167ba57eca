package io.hichat.model.openapi;

import io.hichat.model.api.ApiResponse;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.api.Unwrapped;
import io.hichat.model.route.Auth;
import io.hichat.model.route.HttpMethod;
import io.hichat.model.route.Input;
import io.hichat.model.route.Route;
import io.hichat.model.route.RouteCatalog;
import io.hichat.model.route.UserRoutes;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the OpenAPI 3.1 document of the REST API from the route catalogue and the wire records.
 * The build runs {@link #main} to write {@code docs/api/openapi.json}; nothing in it is written by
 * hand, so it cannot say something the code does not do.
 *
 * <p>Every success answer is the envelope {@code {code, msg, data}} with {@code data} typed per
 * route, except responses marked {@link Unwrapped}, which are the document itself. Errors are the
 * envelope with {@code data: null}, listed per route with the business codes each status carries.
 * Objects are written with sorted keys wherever order means nothing; record properties keep their
 * declaration order, which is the order on the wire.
 */
public final class OpenApiGenerator {

  public static final String OPENAPI_VERSION = "3.1.0";

  /** The version of the API contract, the {@code v1} of its paths. */
  public static final String API_VERSION = "v1";

  static final String BEARER = "bearerAuth";
  static final String ERROR_SCHEMA = "ErrorResponse";

  private static final String JSON = "application/json";
  private static final Map<String, Object> NO_DATA = Map.of("type", "null");
  private static final String MAX_FILE =
      UserRoutes.MAX_MULTIPART_FILE_BYTES % (1024 * 1024) == 0
          ? UserRoutes.MAX_MULTIPART_FILE_BYTES / (1024 * 1024) + " MiB"
          : UserRoutes.MAX_MULTIPART_FILE_BYTES / 1024 + " KiB";
  private static final String MULTIPART = "multipart/form-data";

  private static final Map<String, String> DOMAINS =
      Map.of(
          "user",
              "Accounts, verification codes, profiles, search, favorites, stickers, settings,"
                  + " uploads and the token signing keys",
          "social", "Friends and groups",
          "im", "Conversations and chat history",
          "trend", "Moments: posts, comments and likes",
          "notify", "The notification center",
          "streaming", "Calls, meetings and live streams",
          "media", "Media uploads");

  private static final Map<Integer, String> STATUS_TEXT =
      Map.ofEntries(
          Map.entry(400, "Bad request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not found"),
          Map.entry(405, "Method not allowed"),
          Map.entry(409, "Conflict"),
          Map.entry(413, "Payload too large"),
          Map.entry(415, "Unsupported media type"),
          Map.entry(429, "Too many requests"),
          Map.entry(500, "Internal server error"),
          Map.entry(503, "Service unavailable"));

  private final RouteCatalog catalog;
  private final Schemas schemas = new Schemas();
  private final Map<String, Object> envelopes = new TreeMap<>();

  private OpenApiGenerator(RouteCatalog catalog) {
    this.catalog = catalog;
  }

  /** The document of {@link RouteCatalog#get()}, as JSON. */
  public static String generate() {
    return JsonWriter.write(document(RouteCatalog.get()));
  }

  /** The document as nested maps and lists, in the order it is written. */
  public static Map<String, Object> document(RouteCatalog catalog) {
    return new OpenApiGenerator(catalog).build();
  }

  /**
   * Writes the document to the file named by {@code args[0]}, creating its folder; a file that
   * already holds the same document is left untouched.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: OpenApiGenerator <output file>");
    }
    Path out = Path.of(args[0]).toAbsolutePath().normalize();
    String json = generate();
    if (Files.isRegularFile(out) && Files.readString(out, StandardCharsets.UTF_8).equals(json)) {
      System.out.println("OpenAPI document is up to date: " + out.getFileName());
      return;
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, json, StandardCharsets.UTF_8);
    System.out.println("OpenAPI document written: " + out.getFileName());
  }

  private Map<String, Object> build() {
    Map<String, Object> paths = new TreeMap<>();
    Map<String, Map<HttpMethod, Route>> byPath = new TreeMap<>();
    for (Route route : catalog.routes()) {
      byPath.computeIfAbsent(route.path(), p -> new TreeMap<>()).put(route.method(), route);
    }
    byPath.forEach(
        (path, methods) -> {
          Map<String, Object> item = new LinkedHashMap<>();
          methods.forEach(
              (method, route) ->
                  item.put(method.name().toLowerCase(Locale.ROOT), operation(route)));
          paths.put(path, item);
        });

    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", OPENAPI_VERSION);
    doc.put("info", info());
    doc.put("servers", List.of(Map.of("url", "/", "description", SERVER_TEXT)));
    doc.put("tags", tags());
    doc.put("paths", paths);
    doc.put("components", components());
    doc.put("x-hichat-error-codes", errorCodes());
    return doc;
  }

  private static Map<String, Object> info() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "HiChat API");
    info.put("version", API_VERSION);
    info.put("description", INFO_TEXT);
    return info;
  }

  private List<Object> tags() {
    List<Object> tags = new ArrayList<>();
    for (String domain : new TreeSet<>(catalog.routes().stream().map(Route::domain).toList())) {
      tags.add(
          Map.of(
              "name",
              domain,
              "description",
              DOMAINS.getOrDefault(domain, "The " + domain + " API")));
    }
    return tags;
  }

  private Map<String, Object> operation(Route route) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", route.function());
    op.put("summary", route.summary());
    op.put("description", description(route));
    op.put("tags", List.of(route.domain()));
    if (route.auth() == Auth.JWT) {
      op.put("security", List.of(Map.of(BEARER, List.of())));
    }
    List<Object> parameters = pathParameters(route);
    if (route.input() == Input.QUERY) {
      parameters.addAll(queryParameters(route.request(), route.pathParameters()));
    }
    if (!parameters.isEmpty()) {
      op.put("parameters", parameters);
    }
    if (route.input() == Input.JSON) {
      op.put("requestBody", body(JSON, schemas.of(route.request())));
    }
    if (route.input() == Input.MULTIPART) {
      op.put("requestBody", body(MULTIPART, multipartSchema()));
    }
    op.put("responses", responses(route));
    op.put("x-hichat-function", route.function());
    op.put("x-hichat-max-body-bytes", route.maxBodyBytes());
    return op;
  }

  private static String description(Route route) {
    List<String> lines = new ArrayList<>();
    lines.add(
        route.auth() == Auth.JWT
            ? "Needs `Authorization: Bearer <access token>`; the caller is the token's user."
            : "No authentication.");
    switch (route.input()) {
      case JSON -> lines.add("The request is a JSON object; unknown fields are ignored.");
      case QUERY ->
          lines.add(
              "The request is read from the query string. For the reference's clients, a request"
                  + " with an empty query string may send the same fields as a JSON body.");
      case MULTIPART ->
          lines.add(
              "The file is the `file` part of a multipart/form-data body, at most "
                  + UserRoutes.MAX_MULTIPART_FILE_BYTES
                  + " bytes ("
                  + MAX_FILE
                  + "); larger files go straight to storage through the presigned"
                  + " upload flow. The stored type is sniffed from the bytes.");
      case NONE -> {}
    }
    if (route.input() != Input.NONE) {
      lines.add("Bodies larger than " + route.maxBodyBytes() + " bytes are refused with 413.");
    }
    if (Unwrapped.class.isAssignableFrom(route.response())) {
      lines.add("Answered with the document itself, without the envelope.");
    }
    return String.join("\n\n", lines);
  }

  /**
   * The path's parameters ({@code /x/{id}}): always required, typed as the request record's
   * component of that name, text when it has none.
   */
  private List<Object> pathParameters(Route route) {
    List<Object> parameters = new ArrayList<>();
    for (String name : route.pathParameters()) {
      Map<String, Object> schema = Map.of("type", "string");
      if (route.request().isRecord()) {
        for (RecordComponent component : route.request().getRecordComponents()) {
          if (name.equals(Schemas.jsonName(route.request(), component))) {
            schema = schemas.of(component.getGenericType());
          }
        }
      }
      Map<String, Object> parameter = new LinkedHashMap<>();
      parameter.put("name", name);
      parameter.put("in", "path");
      parameter.put("required", true);
      parameter.put(
          "description", "Taken from the path; a body or query field of the same name is ignored.");
      parameter.put("schema", schema);
      parameters.add(parameter);
    }
    return parameters;
  }

  private List<Object> queryParameters(Class<?> request, List<String> inPath) {
    if (!request.isRecord()) {
      throw new IllegalStateException("a query route needs a record request: " + request);
    }
    List<Object> parameters = new ArrayList<>();
    for (RecordComponent component : request.getRecordComponents()) {
      if (Schemas.ignored(request, component)
          || inPath.contains(Schemas.jsonName(request, component))) {
        continue;
      }
      Map<String, Object> schema = schemas.of(component.getGenericType());
      if (schema.containsKey("$ref")) {
        throw new IllegalStateException(
            "query parameters must be scalars or lists: " + request.getName() + "." + component);
      }
      Map<String, Object> parameter = new LinkedHashMap<>();
      parameter.put("name", Schemas.jsonName(request, component));
      parameter.put("in", "query");
      parameter.put("required", component.getType().isPrimitive());
      if ("array".equals(schema.get("type"))) {
        parameter.put(
            "description",
            "Repeat the parameter (or name it with []) or separate values by commas.");
        parameter.put("style", "form");
        parameter.put("explode", true);
      }
      parameter.put("schema", schema);
      parameters.add(parameter);
    }
    return parameters;
  }

  private static Map<String, Object> body(String mediaType, Map<String, Object> schema) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("required", true);
    body.put("content", Map.of(mediaType, Map.of("schema", schema)));
    return body;
  }

  private static Map<String, Object> multipartSchema() {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("type", "string");
    file.put("format", "binary");
    file.put("contentMediaType", "application/octet-stream");
    file.put(
        "description",
        "The file, at most " + UserRoutes.MAX_MULTIPART_FILE_BYTES + " bytes (" + MAX_FILE + ").");
    file.put("x-hichat-max-file-bytes", UserRoutes.MAX_MULTIPART_FILE_BYTES);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", Map.of("file", file));
    schema.put("required", List.of("file"));
    return schema;
  }

  private Map<String, Object> responses(Route route) {
    Map<String, Object> responses = new TreeMap<>();
    Map<String, Object> ok = new LinkedHashMap<>();
    Map<String, Object> data = data(route);
    if (Unwrapped.class.isAssignableFrom(route.response())) {
      ok.put("description", "The document, without the envelope.");
      ok.put("content", Map.of(JSON, Map.of("schema", data)));
    } else {
      ok.put("description", "Success: the envelope with code 200 and the answer in data.");
      ok.put("content", Map.of(JSON, Map.of("schema", envelopeRef(data))));
    }
    responses.put("200", ok);
    SortedMap<Integer, List<ErrorCode>> errors = RouteErrors.of(route);
    errors.forEach((status, codes) -> responses.put(status.toString(), error(status, codes)));
    return responses;
  }

  private Map<String, Object> data(Route route) {
    Class<?> type = route.response();
    if (type == Void.class) {
      return NO_DATA;
    }
    if (type.getTypeParameters().length > 0) {
      Class<?> item = route.responseItem() == null ? Object.class : route.responseItem();
      List<Class<?>> args = new ArrayList<>();
      for (int i = 0; i < type.getTypeParameters().length; i++) {
        args.add(item);
      }
      return schemas.generic(type, args);
    }
    return schemas.of(type);
  }

  /**
   * A reference to the success envelope around {@code data}, registered once per data type as
   * {@code ApiResponseOf<Type>}.
   */
  private Map<String, Object> envelopeRef(Map<String, Object> data) {
    Object ref = data.get("$ref");
    String dataName;
    if (ref instanceof String r && r.startsWith(Schemas.REF_PREFIX)) {
      dataName = r.substring(Schemas.REF_PREFIX.length());
    } else if (data.equals(NO_DATA)) {
      dataName = "Void";
    } else {
      throw new IllegalStateException("a route's response must be a record or Void: " + data);
    }
    String name = ApiResponse.class.getSimpleName() + "Of" + dataName;
    envelopes.put(name, envelope(data));
    return Schemas.ref(name);
  }

  /** The success envelope around {@code data}; its fields are {@link ApiResponse}'s. */
  static Map<String, Object> envelope(Map<String, Object> data) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", Map.of("type", "integer", "format", "int32", "const", ApiResponse.OK));
    properties.put("msg", Map.of("type", "string", "const", ""));
    properties.put("data", data);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", envelopeFields());
    return schema;
  }

  /** The names of {@link ApiResponse}'s fields, in order: {@code code, msg, data}. */
  static List<String> envelopeFields() {
    return Arrays.stream(ApiResponse.class.getRecordComponents())
        .map(c -> Schemas.jsonName(ApiResponse.class, c))
        .toList();
  }

  private static Map<String, Object> error(int status, List<ErrorCode> codes) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put(
        "description",
        STATUS_TEXT.getOrDefault(status, "Error")
            + ": "
            + codes.stream()
                .map(c -> c.code() + " " + c.name() + " (" + c.message() + ")")
                .collect(Collectors.joining(", "))
            + ".");
    response.put("content", Map.of(JSON, Map.of("schema", Schemas.ref(ERROR_SCHEMA))));
    response.put("x-hichat-error-codes", codes.stream().map(c -> (Object) c.code()).toList());
    return response;
  }

  private Map<String, Object> components() {
    Map<String, Object> components = new LinkedHashMap<>();
    Map<String, Object> all = new TreeMap<>(schemas.components());
    envelopes.forEach(
        (name, schema) -> {
          if (all.put(name, schema) != null) {
            throw new IllegalStateException("a wire type is named like an envelope: " + name);
          }
        });
    all.put(ERROR_SCHEMA, errorSchema());
    components.put("schemas", all);
    components.put("responses", sharedResponses());
    Map<String, Object> bearer = new LinkedHashMap<>();
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    bearer.put("bearerFormat", "JWT");
    bearer.put("description", BEARER_TEXT);
    components.put("securitySchemes", Map.of(BEARER, bearer));
    return components;
  }

  private static Map<String, Object> errorSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("type", "integer");
    code.put("format", "int32");
    code.put("description", "The business code: one of x-hichat-error-codes.");
    code.put("enum", Arrays.stream(ErrorCode.values()).map(c -> (Object) c.code()).toList());
    properties.put("code", code);
    properties.put(
        "msg",
        Map.of("type", "string", "description", "What went wrong, for people; may name a field."));
    properties.put("data", Map.of("type", "null"));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("description", "The envelope of every error: data is null.");
    schema.put("properties", properties);
    schema.put("required", envelopeFields());
    return schema;
  }

  /** The answers any path can get before a route is chosen. */
  private static Map<String, Object> sharedResponses() {
    Map<String, Object> responses = new TreeMap<>();
    responses.put("RouteNotFound", error(404, List.of(ErrorCode.ROUTE_NOT_FOUND)));
    Map<String, Object> notAllowed =
        new LinkedHashMap<>(error(405, List.of(ErrorCode.METHOD_NOT_ALLOWED)));
    notAllowed.put(
        "headers",
        Map.of(
            "Allow",
            Map.of(
                "description",
                "The methods the path accepts, comma-separated.",
                "schema",
                Map.of("type", "string"))));
    responses.put("MethodNotAllowed", notAllowed);
    responses.put("PayloadTooLarge", error(413, List.of(ErrorCode.PAYLOAD_TOO_LARGE)));
    return responses;
  }

  private static List<Object> errorCodes() {
    List<Object> codes = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", code.code());
      entry.put("name", code.name());
      entry.put("httpStatus", code.httpStatus());
      entry.put("message", code.message());
      codes.add(entry);
    }
    return codes;
  }

  private static final String SERVER_TEXT =
      "The origin that serves the API: API Gateway in AWS, the local gateway of ./hichat up."
          + " Paths are absolute (/api/v1/user/..., /.well-known/jwks.json).";

  private static final String INFO_TEXT =
      String.join(
          "\n\n",
          "Generated from the route catalogue (shared-model) by OpenApiGenerator; the API"
              + " reference is docs/api/README.md.",
          "Every response except the JWK set is the envelope {code, msg, data}: success is"
              + " code 200, an empty msg and the answer in data; an error carries a business code"
              + " (x-hichat-error-codes lists them with their HTTP status), a message and"
              + " data null.",
          "Routes that need a caller take an ES256-signed access token in"
              + " `Authorization: Bearer`; the public keys are at /.well-known/jwks.json.",
          "Any path answers 404 (100008) when no route has it, and 405 (100009, with an Allow"
              + " header) when the path exists for other methods; a body above the route's"
              + " x-hichat-max-body-bytes gets 413 (100011).");

  private static final String BEARER_TEXT =
      "An access token from register or login: a JWT signed with ES256, whose header names the"
          + " key (kid) among /.well-known/jwks.json. Issuer, audience and expiry are checked, and"
          + " a password change or account deletion revokes every token issued before it.";
}
