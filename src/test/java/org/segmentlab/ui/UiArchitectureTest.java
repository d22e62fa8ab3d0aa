package org.segmentlab.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How the workbench's own packages depend on each other. */
@AnalyzeClasses(packages = "org.segmentlab.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.segmentlab.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule stepsDoNotKnowTheWorkbench = noClasses().that().resideInAnyPackage(
                    "org.segmentlab.ui.data..", "org.segmentlab.ui.customers..", "org.segmentlab.ui.segment..",
                    "org.segmentlab.ui.predict..", "org.segmentlab.ui.report..", "org.segmentlab.ui.track..")
            .should().dependOnClassesThat().resideInAnyPackage("org.segmentlab.ui.workbench..")
            .because("a step is a panel the workbench hosts; it reaches the rest through its view-model");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models are tested with plain JUnit, without a toolkit");
}
