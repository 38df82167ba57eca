package io.hichat.connector.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The connector is a plain-Java process beside the functions: it shares only shared-model with them
 * (its tests may use the functions to set up users), and no Spring. Its methods and rules know
 * nothing of Netty or the stores.
 */
class LayeringTest {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.hichat.connector");

  @Test
  void mainCode_neverUsesTheFunctionsOrSpring() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.hichat.functions..", "org.springframework..")
        .check(MAIN);
  }

  @Test
  void chatMethods_doNotDependOnNettyOrTheStores() {
    noClasses()
        .that()
        .resideInAnyPackage("io.hichat.connector.chat..", "io.hichat.connector.frame..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.netty..",
            "org.redisson..",
            "org.apache.kafka..",
            "com.mongodb..",
            "io.hichat.connector.store..",
            "io.hichat.connector.netty..")
        .check(MAIN);
  }
}
