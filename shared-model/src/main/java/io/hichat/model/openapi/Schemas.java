package io.hichat.model.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON Schemas for the wire's Java types, found by reflection the way Jackson serializes them.
 *
 * <p>A record becomes an object schema in {@code components/schemas}, named by its simple name (a
 * generic record used with arguments gets them in its name: {@code PageResultOfFavoriteItem}), and
 * every use of it a {@code $ref}. Its components become properties under their JSON names
 * ({@code @JsonProperty}), in declaration order; {@code @JsonIgnore}d ones are left out. A
 * primitive is always present and so required; any other type may be absent in a request, and in a
 * response is written as {@code null} unless the record or component is {@code @JsonInclude}d
 * {@code NON_NULL} (or stricter), where it is left out instead.
 *
 * <p>Two different types with the same simple name, and types this class does not know, are
 * refused: the contract must not be documented wrongly in silence.
 */
final class Schemas {

  static final String REF_PREFIX = "#/components/schemas/";

  private final Map<String, Object> components = new TreeMap<>();
  private final Map<Key, String> names = new HashMap<>();
  private final Map<String, Key> owners = new HashMap<>();

  /** A record, or a generic record with its arguments. */
  private record Key(Class<?> raw, List<Type> args) {}

  /** The schemas registered so far, sorted by name. */
  Map<String, Object> components() {
    return components;
  }

  /** The schema of a use of {@code type}: inline for scalars and containers, else a reference. */
  Map<String, Object> of(Type type) {
    return of(type, Map.of());
  }

  /** A reference to {@code raw} with its type parameters bound to {@code args}, in order. */
  Map<String, Object> generic(Class<?> raw, List<? extends Type> args) {
    if (raw.getTypeParameters().length != args.size()) {
      throw new IllegalArgumentException(
          raw.getName() + " takes " + raw.getTypeParameters().length + " type arguments");
    }
    return recordRef(raw, List.copyOf(args));
  }

  /** {@code schema} widened to also accept {@code null}. */
  static Map<String, Object> nullable(Map<String, Object> schema) {
    if (schema.isEmpty()) {
      return schema;
    }
    Object type = schema.get("type");
    if (type instanceof String single && !schema.containsKey("enum")) {
      // a Map.of has no defined order: copy it sorted, so that the output stays the same
      Map<String, Object> copy =
          schema instanceof LinkedHashMap<?, ?>
              ? new LinkedHashMap<>(schema)
              : new TreeMap<>(schema);
      copy.put("type", List.of(single, "null"));
      return copy;
    }
    return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
  }

  static Map<String, Object> ref(String name) {
    return Map.of("$ref", REF_PREFIX + name);
  }

  /** The JSON name of a record component. */
  static String jsonName(Class<?> owner, RecordComponent component) {
    JsonProperty property = annotation(owner, component, JsonProperty.class);
    if (property != null && !property.value().isEmpty()) {
      return property.value();
    }
    return component.getName();
  }

  /** Whether Jackson leaves the component out (it is {@code @JsonIgnore}d). */
  static boolean ignored(Class<?> owner, RecordComponent component) {
    JsonIgnore ignore = annotation(owner, component, JsonIgnore.class);
    return ignore != null && ignore.value();
  }

  private Map<String, Object> of(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof Class<?> c) {
      return ofClass(c);
    }
    if (type instanceof ParameterizedType p) {
      return ofParameterized(p, bindings);
    }
    if (type instanceof TypeVariable<?> v) {
      Type bound = bindings.get(v);
      return bound == null ? Map.of() : of(bound, Map.of());
    }
    if (type instanceof WildcardType w) {
      return of(w.getUpperBounds()[0], bindings);
    }
    if (type instanceof GenericArrayType a) {
      return array(of(a.getGenericComponentType(), bindings), false);
    }
    throw unsupported(type);
  }

  private Map<String, Object> ofClass(Class<?> c) {
    if (c == String.class || c == char.class || c == Character.class) {
      return Map.of("type", "string");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return integer("int32");
    }
    if (c == byte.class || c == Byte.class) {
      return integer("int32");
    }
    if (c == long.class || c == Long.class) {
      return integer("int64");
    }
    if (c == BigInteger.class) {
      return Map.of("type", "integer");
    }
    if (c == double.class || c == Double.class) {
      return Map.of("type", "number", "format", "double");
    }
    if (c == float.class || c == Float.class) {
      return Map.of("type", "number", "format", "float");
    }
    if (c == BigDecimal.class) {
      return Map.of("type", "number");
    }
    if (c == boolean.class || c == Boolean.class) {
      return Map.of("type", "boolean");
    }
    if (c == Object.class) {
      return Map.of();
    }
    if (c == byte[].class) {
      return Map.of("type", "string", "contentEncoding", "base64");
    }
    if (c.isArray()) {
      return array(ofClass(c.getComponentType()), false);
    }
    if (c.isEnum()) {
      return enumeration(c);
    }
    if (Collection.class.isAssignableFrom(c)) {
      return array(Map.of(), Set.class.isAssignableFrom(c));
    }
    if (Map.class.isAssignableFrom(c)) {
      return Map.of("type", "object", "additionalProperties", Map.of());
    }
    if (c.isRecord()) {
      return recordRef(c, List.of());
    }
    throw unsupported(c);
  }

  private Map<String, Object> ofParameterized(
      ParameterizedType p, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw = (Class<?>) p.getRawType();
    Type[] args = p.getActualTypeArguments();
    if (Collection.class.isAssignableFrom(raw)) {
      return array(of(args[0], bindings), Set.class.isAssignableFrom(raw));
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (args[0] != String.class) {
        throw new IllegalStateException("JSON object keys must be strings: " + p);
      }
      return Map.of("type", "object", "additionalProperties", of(args[1], bindings));
    }
    if (raw.isRecord()) {
      List<Type> resolved = new ArrayList<>();
      for (Type arg : args) {
        resolved.add(resolve(arg, bindings));
      }
      return recordRef(raw, List.copyOf(resolved));
    }
    throw unsupported(p);
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> v) {
      return bindings.getOrDefault(v, Object.class);
    }
    if (type instanceof WildcardType w) {
      return resolve(w.getUpperBounds()[0], bindings);
    }
    return type;
  }

  private Map<String, Object> recordRef(Class<?> raw, List<Type> args) {
    Key key = new Key(raw, args);
    String name = names.get(key);
    if (name == null) {
      name = name(raw, args);
      Key owner = owners.putIfAbsent(name, key);
      if (owner != null) {
        throw new IllegalStateException(
            "two wire types would share the schema name "
                + name
                + ": "
                + describe(owner)
                + " and "
                + describe(key)
                + "; rename one of them");
      }
      names.put(key, name);
      // registered before its properties are built, so a record may refer to itself
      components.put(name, Map.of());
      components.put(name, record(raw, args));
    }
    return ref(name);
  }

  private Map<String, Object> record(Class<?> raw, List<Type> args) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    TypeVariable<?>[] parameters = raw.getTypeParameters();
    for (int i = 0; i < parameters.length; i++) {
      bindings.put(parameters[i], i < args.size() ? args.get(i) : Object.class);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : raw.getRecordComponents()) {
      if (ignored(raw, component)) {
        continue;
      }
      String name = jsonName(raw, component);
      Map<String, Object> schema = of(component.getGenericType(), bindings);
      JsonProperty property = annotation(raw, component, JsonProperty.class);
      if (component.getType().isPrimitive() || (property != null && property.required())) {
        required.add(name);
      }
      if (!component.getType().isPrimitive() && !omitsNull(raw, component)) {
        schema = nullable(schema);
      }
      properties.put(name, schema);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("x-java-type", raw.getName());
    return schema;
  }

  private static boolean omitsNull(Class<?> owner, RecordComponent component) {
    JsonInclude include = annotation(owner, component, JsonInclude.class);
    if (include == null || include.value() == JsonInclude.Include.USE_DEFAULTS) {
      include = owner.getAnnotation(JsonInclude.class);
    }
    if (include == null) {
      return false;
    }
    return switch (include.value()) {
      case NON_NULL, NON_ABSENT, NON_EMPTY, NON_DEFAULT -> true;
      default -> false;
    };
  }

  /** The annotation on the component, its accessor or its field, where Jackson would see it. */
  private static <A extends Annotation> A annotation(
      Class<?> owner, RecordComponent component, Class<A> type) {
    A found = component.getAnnotation(type);
    if (found == null) {
      found = component.getAccessor().getAnnotation(type);
    }
    if (found == null) {
      try {
        found = owner.getDeclaredField(component.getName()).getAnnotation(type);
      } catch (NoSuchFieldException e) {
        found = null;
      }
    }
    return found;
  }

  private static Map<String, Object> enumeration(Class<?> type) {
    List<String> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
        values.add(property != null && !property.value().isEmpty() ? property.value() : name);
      } catch (NoSuchFieldException e) {
        values.add(name);
      }
    }
    return Map.of("type", "string", "enum", values);
  }

  private static Map<String, Object> integer(String format) {
    return Map.of("type", "integer", "format", format);
  }

  private static Map<String, Object> array(Map<String, Object> items, boolean unique) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "array");
    schema.put("items", items);
    if (unique) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  private static String name(Class<?> raw, List<Type> args) {
    StringBuilder name = new StringBuilder(raw.getSimpleName());
    for (int i = 0; i < args.size(); i++) {
      name.append(i == 0 ? "Of" : "And").append(argName(args.get(i)));
    }
    return name.toString();
  }

  private static String argName(Type type) {
    if (type instanceof Class<?> c) {
      String simple = c.getSimpleName();
      return Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
    }
    if (type instanceof ParameterizedType p) {
      StringBuilder name = new StringBuilder(argName(p.getRawType()));
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < args.length; i++) {
        name.append(i == 0 ? "Of" : "And").append(argName(args[i]));
      }
      return name.toString();
    }
    return "Object";
  }

  private static String describe(Key key) {
    return key.args().isEmpty() ? key.raw().getName() : key.raw().getName() + key.args();
  }

  private static IllegalStateException unsupported(Type type) {
    return new IllegalStateException(
        "no JSON Schema mapping for "
            + type.getTypeName()
            + " in the OpenAPI generator: use a record, a String, a number, a boolean, an enum,"
            + " a List or a Map<String, X>, or teach Schemas the new type");
  }
}
