package org.newsum.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The line between newsum's public API and its implementation, as rules the build checks.
 *
 * <p>The API is {@link #API_PACKAGES}: the facade, the model, and per pipeline stage the
 * interfaces, records, option values and factories a user needs. Everything else lives under
 * {@value #INTERNAL}, which front ends (CLI, server, Spark) and library users must not touch,
 * and which API signatures must not expose. Adding a public type means choosing: API (add its
 * package here, and document it) or internal.
 */
public final class ApiBoundary {
  /** The packages whose public types are newsum's API. */
  public static final Set<String> API_PACKAGES = Set.of(
      "org.newsum",
      "org.newsum.model",
      "org.newsum.documents",
      "org.newsum.cleaning",
      "org.newsum.text",
      "org.newsum.summarizers",
      "org.newsum.output",
      "org.newsum.batch",
      "org.newsum.stories",
      "org.newsum.evaluation",
      "org.newsum.evaluation.rouge");

  /** Where implementation classes live. */
  public static final String INTERNAL = "org.newsum.internal..";

  private ApiBoundary() {}

  /** The production classes of the module (classes directory or jar) that holds {@code anchor}. */
  public static JavaClasses productionClassesBeside(Class<?> anchor) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().importPath(location);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor, e);
    }
  }

  /** Fails when a front end's production classes (the module holding {@code anchor}) use internal classes. */
  public static void assertFrontEndUsesOnlyApi(Class<?> anchor) {
    JavaClasses frontEnd = productionClassesBeside(anchor);
    if (frontEnd.isEmpty()) {
      throw new AssertionError("no classes found beside " + anchor);
    }
    noClasses().should().dependOnClassesThat().resideInAPackage(INTERNAL)
        .because("front ends are thin: they use newsum's API, never its internals")
        .check(frontEnd);
  }

  /** Fails when a public type of the core sits outside both the API packages and {@value #INTERNAL}. */
  public static void assertEveryPublicTypeIsApiOrInternal(JavaClasses core) {
    classes().that().arePublic().and().areTopLevelClasses()
        .should(resideInApiOrInternal())
        .because("a new public type must be chosen as API (ApiBoundary.API_PACKAGES) or moved under org.newsum.internal")
        .check(core);
  }

  /** Fails when a public member of an API type names an internal type in its signature. */
  public static void assertApiExposesNoInternalType(JavaClasses core) {
    classes().that().arePublic().and(inApiPackage())
        .should(exposeNoInternalType())
        .check(core);
  }

  private static DescribedPredicate<JavaClass> inApiPackage() {
    return DescribedPredicate.describe("in an API package", c -> API_PACKAGES.contains(c.getPackageName()));
  }

  private static ArchCondition<JavaClass> resideInApiOrInternal() {
    return new ArchCondition<>("reside in an API package or under org.newsum.internal") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String pkg = type.getPackageName();
        boolean ok = API_PACKAGES.contains(pkg) || pkg.startsWith("org.newsum.internal.");
        events.add(new SimpleConditionEvent(type, ok, type.getName() + " is public in " + pkg
            + ", which is neither an API package nor internal"));
      }
    };
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getSuperclass().ifPresent(s -> report(type, "extends", s.toErasure(), events));
        type.getInterfaces().forEach(i -> report(type, "implements", i.toErasure(), events));
        type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
          report(type, m.getFullName() + " returns", m.getRawReturnType(), events);
          m.getRawParameterTypes().forEach(p -> report(type, m.getFullName() + " takes", p, events));
        });
        type.getConstructors().stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .forEach(c -> c.getRawParameterTypes().forEach(p -> report(type, c.getFullName() + " takes", p, events)));
        type.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
            .forEach(f -> report(type, f.getFullName() + " is", f.getRawType(), events));
      }
    };
  }

  private static void report(JavaClass owner, String what, JavaClass used, ConditionEvents events) {
    JavaClass base = used.isArray() ? used.getBaseComponentType() : used;
    if (base.getPackageName().startsWith("org.newsum.internal")) {
      events.add(SimpleConditionEvent.violated(owner, what + " internal type " + base.getName()));
    }
  }

  /** The API packages, sorted, for messages and documentation. */
  public static List<String> apiPackages() {
    return API_PACKAGES.stream().sorted().toList();
  }
}
