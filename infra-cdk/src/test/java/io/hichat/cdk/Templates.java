package io.hichat.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Template lookups shared by the tests. */
final class Templates {

  private Templates() {}

  static Template of(Stack stack) {
    return Template.fromStack(stack);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> resources(Stack stack, String type) {
    return (Map<String, Map<String, Object>>) (Map<?, ?>) of(stack).findResources(type);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> props(Map<String, Object> resource) {
    Object p = resource.get("Properties");
    return p == null ? Map.of() : (Map<String, Object>) p;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (value instanceof List<?> l) {
      return (List<Object>) l;
    }
    return value == null ? List.of() : List.of(value);
  }

  @SuppressWarnings("unchecked")
  static int resourceCount(Stack stack) {
    Map<String, Object> json = (Map<String, Object>) (Map<?, ?>) of(stack).toJSON();
    Map<String, Object> resources = (Map<String, Object>) json.get("Resources");
    return resources == null ? 0 : resources.size();
  }
}
