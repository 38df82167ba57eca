package io.hichat.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** shared-model is contracts only: it may use the JDK and Jackson's annotations, nothing else. */
class NoFrameworkTest {

  @Test
  void sharedModel_importsOnlyTheJdkAndJacksonAnnotations() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hichat.model");
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.hichat.model..", "java..", "com.fasterxml.jackson.annotation..")
        .check(classes);
  }
}
