package io.hichat.functions.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Domain code stays free of transport types: no HTTP edge or AWS event types in domain packages.
 */
class LayeringTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.hichat.functions");

  @Test
  void domainPackages_doNotDependOnTheEdge() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.hichat.functions.lambda..",
            "io.hichat.functions.local..",
            "com.amazonaws.services.lambda..",
            "com.sun.net.httpserver..")
        .check(CLASSES);
  }

  @Test
  void stores_doNotDependOnEndpoints() {
    noClasses()
        .that()
        .resideInAPackage("..store..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.hichat.functions..api..")
        .check(CLASSES);
  }
}
