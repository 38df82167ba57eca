package io.hichat.cdk;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
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
 * is, and what its constructor collaborators reach.
 *
 * <p>A bean's collaborators are its constructors' parameter types (type arguments included);
 * HiChat's own interfaces and abstract classes stand for every implementation in the module. That
 * is how Spring wires these beans (constructor injection throughout), so whatever a function can
 * call through its collaborators is in that closure.
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
   * The shortest chain of constructor collaborators from {@code start} to a type named {@code
   * target}, without passing through the types named in {@code stopAt}; empty when there is none.
   */
  List<String> path(JavaClass start, String target, Set<String> stopAt) {
    Map<String, String> parent = new HashMap<>();
    Deque<JavaClass> queue = new ArrayDeque<>(List.of(start));
    Set<String> seen = new LinkedHashSet<>(List.of(start.getName()));
    while (!queue.isEmpty()) {
      JavaClass current = queue.removeFirst();
      for (JavaClass next : collaborators(current)) {
        String name = next.getName();
        if (stopAt.contains(name) || !seen.add(name)) {
          continue;
        }
        parent.put(name, current.getName());
        if (name.equals(target)) {
          List<String> chain = new ArrayList<>();
          for (String at = name; at != null; at = parent.get(at)) {
            chain.add(simple(at));
          }
          Collections.reverse(chain);
          return chain;
        }
        if (name.startsWith(ROOT + ".")) {
          queue.addLast(next);
        }
      }
    }
    return List.of();
  }

  private Set<JavaClass> collaborators(JavaClass type) {
    Set<JavaClass> out = new LinkedHashSet<>();
    for (JavaConstructor constructor : type.getConstructors()) {
      constructor.getParameterTypes().forEach(p -> out.addAll(p.getAllInvolvedRawTypes()));
    }
    Set<JavaClass> implementations = new LinkedHashSet<>();
    for (JavaClass collaborator : out) {
      if (collaborator.getName().startsWith(ROOT + ".")
          && (collaborator.isInterface()
              || collaborator
                  .getModifiers()
                  .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))) {
        for (JavaClass candidate : classes) {
          if (!candidate.isInterface()
              && !candidate.equals(collaborator)
              && candidate.isAssignableTo(collaborator.getName())) {
            implementations.add(candidate);
          }
        }
      }
    }
    out.addAll(implementations);
    return out;
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
