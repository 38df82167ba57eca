package io.hichat.cdk;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.beans.Introspector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The function beans of the {@code functions} module, read from their bytecode (the module is a
 * test dependency of this one, without its own dependencies): which class a catalogue function name
 * is, and what code its invocation can reach.
 */
final class FunctionBeans {

  static final String ROOT = "io.hichat.functions";
  static final String COMPONENT = "org.springframework.stereotype.Component";

  private static FunctionBeans instance;

  private final JavaClasses classes;
  private final Map<String, List<JavaClass>> byBeanName = new HashMap<>();

  private FunctionBeans(JavaClasses classes) {
    this.classes = classes;
    for (JavaClass type : classes) {
      for (JavaAnnotation<JavaClass> annotation : type.getAnnotations()) {
        if (annotation.getRawType().getName().equals(COMPONENT)) {
          String name =
              annotation
                  .get("value")
                  .map(Object::toString)
                  .filter(v -> !v.isBlank())
                  .orElse(Introspector.decapitalize(type.getSimpleName()));
          byBeanName.computeIfAbsent(name, n -> new ArrayList<>()).add(type);
        }
      }
    }
  }

  static synchronized FunctionBeans get() {
    if (instance == null) {
      instance = new FunctionBeans(new ClassFileImporter().importPackages(ROOT));
    }
    return instance;
  }

  int classCount() {
    return classes.size();
  }

  /** The class of the {@code @Component} bean with this name, if exactly one has it. */
  Optional<JavaClass> bean(String name) {
    List<JavaClass> found = byBeanName.getOrDefault(name, List.of());
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The shortest chain of code from {@code bean}'s own methods (what its invocation runs) to a
   * member of a type named in {@code targets}: method and constructor calls, method and constructor
   * references, and code in lambdas (which ArchUnit counts as its enclosing method's). A call to
   * one of HiChat's interface or abstract methods may run any implementation, so each is followed.
   * Code the framework calls back (a transaction synchronisation, say) is not followed; name the
   * type whose use means "publishes" as a target instead. Code of the types named in {@code stopAt}
   * is not followed. Empty when there is none.
   */
  List<String> callPath(JavaClass bean, Set<String> targets, Set<String> stopAt) {
    Map<JavaCodeUnit, JavaCodeUnit> parent = new HashMap<>();
    Deque<JavaCodeUnit> queue = new ArrayDeque<>();
    Set<JavaCodeUnit> seen = new java.util.HashSet<>();
    for (JavaCodeUnit unit : bean.getCodeUnits()) {
      if (!unit.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE)) {
        queue.add(unit);
        seen.add(unit);
      }
    }
    while (!queue.isEmpty()) {
      JavaCodeUnit current = queue.removeFirst();
      for (JavaAccess<?> access : current.getAccessesFromSelf()) {
        JavaClass owner = access.getTargetOwner();
        if (targets.contains(owner.getName())) {
          List<String> chain = new ArrayList<>();
          chain.add(simple(owner.getName()) + "." + access.getTarget().getName());
          for (JavaCodeUnit at = current; at != null; at = parent.get(at)) {
            chain.add(simple(at.getOwner().getName()) + "." + at.getName());
          }
          Collections.reverse(chain);
          return chain;
        }
        if (!owner.getName().startsWith(ROOT + ".")
            || stopAt.contains(owner.getName())
            || !(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
          continue;
        }
        for (JavaCodeUnit next : implementations(owner, target)) {
          if (seen.add(next)) {
            parent.put(next, current);
            queue.addLast(next);
          }
        }
      }
    }
    return List.of();
  }

  /** The code a call to {@code target} on {@code owner} may run, in HiChat's own classes. */
  private Set<JavaCodeUnit> implementations(
      JavaClass owner, AccessTarget.CodeUnitAccessTarget target) {
    Set<JavaCodeUnit> out = new LinkedHashSet<>();
    target.resolveMember().ifPresent(out::add);
    boolean dynamic =
        owner.isInterface()
            || owner
                .getModifiers()
                .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT);
    if (dynamic && !target.getName().equals("<init>")) {
      List<String> parameters =
          target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
      for (JavaClass candidate : classes) {
        if (!candidate.isInterface()
            && !candidate.equals(owner)
            && candidate.isAssignableTo(owner.getName())) {
          for (var method : candidate.getMethods()) {
            if (method.getName().equals(target.getName())
                && method.getRawParameterTypes().stream()
                    .map(JavaClass::getName)
                    .toList()
                    .equals(parameters)) {
              out.add(method);
            }
          }
        }
      }
    }
    return out;
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
