package org.segmentlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, kept by the build. */
@AnalyzeClasses(packages = "org.segmentlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "org.segmentlab.core..";
    private static final String REPORT = "org.segmentlab.report..";
    private static final String CLI = "org.segmentlab.cli..";
    private static final String UI = "org.segmentlab.ui..";

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the analysis runs headless, in the CLI and in tests");

    @ArchTest
    static final ArchRule coreDoesNotDrawCharts = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage("org.jfree..")
            .because("charts are built in report/ from core results");

    @ArchTest
    static final ArchRule coreDoesNotKnowItsCallers = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(REPORT, CLI, UI);

    @ArchTest
    static final ArchRule reportIsHeadless = noClasses().that().resideInAPackage(REPORT)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", CLI, UI);

    @ArchTest
    static final ArchRule nobodyUsesTheUi = noClasses().that().resideOutsideOfPackage(UI)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the workbench is a face over core and report, not a library");

    @ArchTest
    static final ArchRule nobodyUsesTheCli = noClasses().that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage(CLI);

    @ArchTest
    static final ArchRule cliDoesNotUseJavaFx = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", UI);

    @ArchTest
    static final ArchRule featuresDoNotReachUp = noClasses().that().resideInAPackage("org.segmentlab.core.features..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.segment..", "org.segmentlab.core.predict..", "org.segmentlab.core.clv..",
                    "org.segmentlab.core.track..", "org.segmentlab.core.project..");

    @ArchTest
    static final ArchRule dataIsTheBottom = noClasses().that().resideInAPackage("org.segmentlab.core.data..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.features..", "org.segmentlab.core.segment..", "org.segmentlab.core.predict..",
                    "org.segmentlab.core.clv..", "org.segmentlab.core.track..", "org.segmentlab.core.project..",
                    "org.segmentlab.core.sample..");

    @ArchTest
    static final ArchRule segmentAndPredictAreSiblings = noClasses().that().resideInAnyPackage(
                    "org.segmentlab.core.segment..", "org.segmentlab.core.predict..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.clv..", "org.segmentlab.core.track..", "org.segmentlab.core.project..",
                    "org.segmentlab.core.sample..");

    @ArchTest
    static final ArchRule noConsoleOutsideCli = noClasses().that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the workbench and core log through SLF4J; only the CLI talks to the console");

    @ArchTest
    static final ArchRule loggingThroughSlf4j = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                    "org.apache.logging.log4j..", "org.apache.commons.logging..")
            .because("one logging API: SLF4J");

    @ArchTest
    static final ArchRule noPrintStackTrace = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("errors are logged through SLF4J");

    @ArchTest
    static final ArchRule trackReadsOnlyFeaturesSegmentsAndClv = noClasses().that()
            .resideInAPackage("org.segmentlab.core.track..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.predict..", "org.segmentlab.core.project..", "org.segmentlab.core.sample..",
                    "org.segmentlab.core.engine..", "org.segmentlab.core.campaign..")
            .because("DESIGN.md: core.track may import core.features, core.segment, core.clv and core.data");

    @ArchTest
    static final ArchRule campaignReadsOnlyWhatItNeeds = noClasses().that().resideInAPackage(
                    "org.segmentlab.core.campaign..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.clv..", "org.segmentlab.core.track..", "org.segmentlab.core.project..",
                    "org.segmentlab.core.sample..", "org.segmentlab.core.engine..")
            .because("DESIGN.md: core.campaign may import core.data, core.features, core.segment and core.predict");

    @ArchTest
    static final ArchRule campaignSitsAboveTheAnalyses = noClasses().that().resideInAnyPackage(
                    "org.segmentlab.core.data..", "org.segmentlab.core.features..", "org.segmentlab.core.segment..",
                    "org.segmentlab.core.predict..")
            .should().dependOnClassesThat().resideInAPackage("org.segmentlab.core.campaign..");

    @ArchTest
    static final ArchRule clvReadsOnlyDataAndFeatures = noClasses().that().resideInAPackage("org.segmentlab.core.clv..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.segment..", "org.segmentlab.core.predict..", "org.segmentlab.core.track..",
                    "org.segmentlab.core.campaign..", "org.segmentlab.core.engine..", "org.segmentlab.core.project..",
                    "org.segmentlab.core.sample..")
            .because("DESIGN.md: core.clv may import core.data and core.features only");

    @ArchTest
    static final ArchRule engineReadsOnlyDataAndFeatures = noClasses().that().resideInAPackage("org.segmentlab.core.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.segmentlab.core.segment..", "org.segmentlab.core.predict..", "org.segmentlab.core.clv..",
                    "org.segmentlab.core.track..", "org.segmentlab.core.campaign..", "org.segmentlab.core.project..",
                    "org.segmentlab.core.sample..")
            .because("DESIGN.md: core.engine may import core.data and core.features only");
}
