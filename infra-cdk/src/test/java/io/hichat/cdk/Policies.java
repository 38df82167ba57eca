package io.hichat.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;

/** The IAM statements of each HiChat function's role, read from a stack's template. */
final class Policies {

  private Policies() {}

  /** Function definition (bean name) → the Allow statements of its role, inline and attached. */
  @SuppressWarnings("unchecked")
  static Map<String, List<Map<String, Object>>> byDefinition(Stack stack) {
    Map<String, String> roleToDefinition = new LinkedHashMap<>();
    Templates.resources(stack, "AWS::Lambda::Function")
        .values()
        .forEach(
            fn -> {
              Map<String, Object> props = Templates.props(fn);
              if (props.get("Environment") instanceof Map<?, ?> env
                  && env.get("Variables") instanceof Map<?, ?> vars
                  && vars.get("SPRING_CLOUD_FUNCTION_DEFINITION") instanceof String definition
                  && props.get("Role") instanceof Map<?, ?> role
                  && role.get("Fn::GetAtt") instanceof List<?> att) {
                roleToDefinition.put((String) att.get(0), definition);
              }
            });
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    roleToDefinition.values().forEach(d -> out.put(d, new ArrayList<>()));
    Templates.resources(stack, "AWS::IAM::Policy")
        .values()
        .forEach(
            policy -> {
              Map<String, Object> props = Templates.props(policy);
              for (Object ref : Templates.list(props.get("Roles"))) {
                String role = (String) ((Map<String, Object>) ref).get("Ref");
                String definition = roleToDefinition.get(role);
                if (definition != null) {
                  out.get(definition).addAll(allows(props.get("PolicyDocument")));
                }
              }
            });
    Templates.resources(stack, "AWS::IAM::Role")
        .forEach(
            (id, role) -> {
              String definition = roleToDefinition.get(id);
              if (definition != null) {
                for (Object inline : Templates.list(Templates.props(role).get("Policies"))) {
                  out.get(definition)
                      .addAll(allows(((Map<String, Object>) inline).get("PolicyDocument")));
                }
              }
            });
    return out;
  }

  /** The statements that allow any of {@code actions}. */
  static List<Map<String, Object>> allowing(
      List<Map<String, Object>> statements, String... actions) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> statement : statements) {
      List<Object> granted = Templates.list(statement.get("Action"));
      for (String action : actions) {
        if (granted.contains(action)) {
          out.add(statement);
          break;
        }
      }
    }
    return out;
  }

  /** Every action the statements allow. */
  static List<Object> actions(List<Map<String, Object>> statements) {
    List<Object> out = new ArrayList<>();
    statements.forEach(s -> out.addAll(Templates.list(s.get("Action"))));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> allows(Object document) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (document instanceof Map<?, ?> doc) {
      for (Object s : Templates.list(doc.get("Statement"))) {
        Map<String, Object> statement = (Map<String, Object>) s;
        if ("Allow".equals(statement.get("Effect"))) {
          out.add(statement);
        }
      }
    }
    return out;
  }
}
