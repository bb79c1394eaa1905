package org.newsum.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;

/** The core's API line: public types are API or internal, and the API does not leak internals. */
class ApiBoundaryTest {
  private static final JavaClasses CORE = ApiBoundary.productionClassesBeside(Newsum.class);

  @Test
  void everyPublicTypeIsApiOrInternal() {
    assertThat(CORE).isNotEmpty();
    ApiBoundary.assertEveryPublicTypeIsApiOrInternal(CORE);
  }

  @Test
  void apiSignaturesNameNoInternalType() {
    ApiBoundary.assertApiExposesNoInternalType(CORE);
  }

  @Test
  void implementationClassesAreInternal() {
    assertThat(CORE.stream().filter(c -> c.getSimpleName().endsWith("Summarizer") && !c.isInterface()))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.getPackageName()).startsWith("org.newsum.internal."));
  }

  @Test
  void theRulesCatchAViolation() {
    JavaClasses stray = new ClassFileImporter().importClasses(StrayPublicType.class);
    assertThatThrownBy(() -> ApiBoundary.assertEveryPublicTypeIsApiOrInternal(stray))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("StrayPublicType");
  }
}
