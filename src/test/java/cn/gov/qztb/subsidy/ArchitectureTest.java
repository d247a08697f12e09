package cn.gov.qztb.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The application's modules and what each may use. A feature package (with its sub-packages) is
 * a module; the root package is the shared kernel (the application class, its properties, the
 * refusal, the named lock), which uses no module. Camunda's internals are used in engine/ only.
 */
class ArchitectureTest {

  static final String BASE = "cn.gov.qztb.subsidy";
  static final String KERNEL = "(kernel)";

  /** Which modules each module may use; the kernel may be used by all. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry(KERNEL, Set.of()),
      Map.entry("engine", Set.of()),
      Map.entry("reference", Set.of()),
      Map.entry("calendar", Set.of("reference")),
      Map.entry("policy", Set.of("engine", "reference")),
      Map.entry("program", Set.of("policy", "reference")),
      Map.entry("letter", Set.of("program")),
      Map.entry("application", Set.of("engine", "policy", "program", "reference")),
      Map.entry("access", Set.of("engine", "reference")),
      Map.entry("notification", Set.of("engine", "access", "application", "policy", "reference")),
      Map.entry("cases", Set.of("engine", "access", "application", "calendar", "policy", "program", "reference")),
      Map.entry("ledger", Set.of("engine", "access", "application", "cases", "policy", "program", "reference")),
      Map.entry("identity", Set.of("engine", "access", "notification", "policy", "program", "reference")),
      Map.entry("workflow", Set.of("engine", "access", "application", "calendar", "cases", "ledger", "policy",
          "program", "reference")),
      Map.entry("dataimport", Set.of("engine", "access", "reference")),
      Map.entry("offer", Set.of("engine", "access", "application", "dataimport", "policy", "program", "reference",
          "workflow")),
      Map.entry("publicity", Set.of("engine", "access", "application", "calendar", "ledger", "policy", "program",
          "reference", "workflow")),
      Map.entry("account", Set.of("engine", "access", "ledger", "policy", "program", "reference", "workflow")),
      Map.entry("payment", Set.of("engine", "access", "account", "application", "dataimport", "ledger", "policy",
          "program", "reference", "workflow")),
      Map.entry("document", Set.of("engine", "access", "application", "cases", "policy", "reference")),
      Map.entry("tracking", Set.of("engine", "access", "application", "cases", "ledger", "letter", "policy", "program",
          "reference")),
      Map.entry("settlement", Set.of("engine", "access", "ledger", "policy", "program", "reference", "workflow")),
      Map.entry("migration", Set.of("engine", "access")),
      Map.entry("web", Set.of("engine", "access")),
      Map.entry("startup", Set.of("engine", "access", "calendar", "dataimport", "identity", "policy", "program",
          "reference", "workflow")),
      Map.entry("monitoring", Set.of("engine", "application", "program", "startup")));

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void modulesUseOnlyWhatTheyAreAllowedTo() {
    List<String> violations = new ArrayList<>();
    Set<String> modules = new TreeSet<>();
    for (JavaClass origin : CLASSES) {
      String from = moduleOf(origin);
      modules.add(from);
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass();
        if (!target.getPackageName().startsWith(BASE)) {
          continue;
        }
        String to = moduleOf(target);
        if (!to.equals(from) && !to.equals(KERNEL) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
          violations.add(from + " -> " + to + ": " + dependency.getDescription());
        }
      }
    }
    assertThat(ALLOWED.keySet()).as("every module is listed").containsAll(modules);
    assertThat(violations).isEmpty();
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void camundaInternalsAreUsedInTheEnginePackageOnly() {
    noClasses().that().resideOutsideOfPackage(BASE + ".engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..", "org.camunda.bpm.webapp.impl..")
        .because("a Camunda upgrade should break one package, and EngineInternalsTest pins what it relies on")
        .check(CLASSES);
  }

  static String moduleOf(JavaClass type) {
    String name = type.getPackageName();
    if (name.equals(BASE)) {
      return KERNEL;
    }
    String rest = name.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
