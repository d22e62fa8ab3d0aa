package org.segmentlab.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;

/**
 * What keeps the tests independent of the machine and of each other: they run in random order in
 * one JVM under -Xmx2g, on machines where the user's preferences and home folder hold anything.
 */
@AnalyzeClasses(packages = "org.segmentlab", importOptions = ImportOption.OnlyIncludeTests.class)
class TestIsolationTest {

    /**
     * A static field filled for a test class (a transaction log, trained models, a generated sample)
     * lives as long as the JVM unless the class lets it go; in random order, the classes after it
     * would run with that much less memory.
     */
    @ArchTest
    static final ArchRule sharedDataIsLetGoAfterTheClass = classes()
            .should(new ArchCondition<JavaClass>("let their static data go in an @AfterAll method") {
                @Override
                public void check(JavaClass test, ConditionEvents events) {
                    List<JavaField> held = test.getFields().stream()
                            .filter(field -> field.getModifiers().contains(JavaModifier.STATIC))
                            .filter(field -> !field.getModifiers().contains(JavaModifier.FINAL))
                            .filter(field -> !field.getModifiers().contains(JavaModifier.SYNTHETIC))
                            .filter(field -> !field.getRawType().isPrimitive())
                            // a @TempDir folder is JUnit's to delete
                            .filter(field -> !field.getRawType().isEquivalentTo(Path.class))
                            .toList();
                    boolean releases = test.getMethods().stream()
                            .anyMatch(method -> method.isAnnotatedWith(AfterAll.class)
                                    && method.getModifiers().contains(JavaModifier.STATIC));
                    if (!held.isEmpty() && !releases) {
                        events.add(SimpleConditionEvent.violated(test, test.getName() + " keeps "
                                + held.stream().map(JavaField::getName).toList()
                                + " in static fields without an @AfterAll that lets them go"));
                    }
                }
            });

    /**
     * Monocle reads the size of the headless screen once, when the first GUI test of the JVM starts the
     * toolkit: a GUI test that does not ask for the workbench's room first leaves a 1280×800 screen to
     * every GUI test after it, in whatever order they run.
     */
    @ArchTest
    static final ArchRule guiTestsAskForTheWorkbenchsScreenFirst = classes()
            .should(new ArchCondition<JavaClass>("ask HeadlessScreen for the workbench's room before the toolkit starts") {
                @Override
                public void check(JavaClass test, ConditionEvents events) {
                    boolean gui = test.tryGetAnnotationOfType(org.junit.jupiter.api.extension.ExtendWith.class)
                            .map(e -> java.util.Arrays.asList(e.value())
                                    .contains(org.testfx.framework.junit5.ApplicationExtension.class))
                            .orElse(false);
                    boolean asks = test.getStaticInitializer().map(init -> init.getMethodCallsFromSelf().stream()
                            .anyMatch(call -> call.getTargetOwner().getSimpleName().equals("HeadlessScreen")))
                            .orElse(false);
                    if (gui && !asks) {
                        events.add(SimpleConditionEvent.violated(test, test.getName()
                                + " starts the JavaFX toolkit without HeadlessScreen.ensureRoomForTheWorkbench() in a"
                                + " static initializer"));
                    }
                }
            });

    /** The user's real preferences (recent projects, window place, first start) are not the tests' to read. */
    @ArchTest
    static final ArchRule testsUseInMemoryPreferences = noClasses()
            .should().callMethod(Preferences.class, "userRoot")
            .orShould().callMethod(Preferences.class, "systemRoot")
            .orShould().callMethod(Preferences.class, "userNodeForPackage", Class.class)
            .orShould().callMethod(Preferences.class, "systemNodeForPackage", Class.class)
            .because("a test reads what it set up itself (ui.testing.MemoryPreferences), not what an "
                    + "earlier run or the user left");

    /** Files of the user's SegmentLab folder (~/.segmentlab: log, recovery copies) are not the tests' to read. */
    @ArchTest
    static final ArchRule testsKeepOutOfTheUsersSegmentLabFolder = noClasses()
            .should().callMethod("org.segmentlab.core.AppDirs", "home")
            .orShould().callMethod("org.segmentlab.core.AppDirs", "recoveryDir")
            .orShould().callMethod("org.segmentlab.core.AppDirs", "logFile")
            .because("recovery copies and logs of a test go to its @TempDir");
}
