package org.segmentlab.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvCalculator;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;

class SavedClvTest {

    static final Path SHOP = Path.of("sample-projects/shop-clv/shop-clv.slproj.json");

    @TempDir
    Path dir;

    private static final ClvSettings SETTINGS = ClvSettings.DEFAULTS.withAsOf(LocalDate.of(2024, 6, 30))
            .withHoldoutEnd(LocalDate.of(2024, 12, 31)).withTimeUnit(TimeUnit.WEEK).withModel(PurchaseModelKind.BG_NBD);

    @Test
    void clvSettingsAreSavedAndReadBackAndAbsentByDefault() throws Exception {
        Project project = new ProjectStore().load(SHOP);
        // the sample keeps the holdout check its guide explains
        assertThat(project.settings().clv()).isEqualTo(SETTINGS.withSourceId("transactions"));
        Path none = dir.resolve("none.slproj.json");
        new ProjectStore().save(project.withSettings(project.settings().withClv(null)), none);
        assertThat(Files.readString(none)).doesNotContain("\"clv\"");
        assertThat(new ProjectStore().load(none).settings().clv()).isNull();

        Path saved = dir.resolve("shop.slproj.json");
        new ProjectStore().save(project.withSettings(project.settings().withClv(SETTINGS)), saved);
        assertThat(Files.readString(saved)).contains("\"clv\"").contains("\"holdoutEnd\": \"2024-12-31\"")
                .contains("\"timeUnit\": \"WEEK\"");
        assertThat(new ProjectStore().load(saved).settings().clv()).isEqualTo(SETTINGS);
    }

    @Test
    void theReplayGivesWhatTheCalculatorGivesOnTheFile() throws Exception {
        Path copy = dir.resolve("shop-clv.slproj.json");
        Files.copy(SHOP.resolveSibling("transactions.csv"), dir.resolve("transactions.csv"));
        Project project = new ProjectStore().load(SHOP);
        new ProjectStore().save(project.withSettings(project.settings().withClv(SETTINGS)), copy);
        Project withClv = new ProjectStore().load(copy);

        SavedClv.Replay replay = new SavedClv().replay(new SavedSources(withClv, copy), Progress.none());

        TransactionLog log = TransactionLog.from(new TableImporter().read(ImportOptions.of(dir.resolve(
                "transactions.csv")), Progress.none()), TransactionColumns.detect(), Progress.none());
        ClvResult direct = new ClvCalculator().compute(log, SETTINGS.toOptions(), Progress.none());
        assertThat(replay.source().id()).isEqualTo("transactions");
        assertThat(replay.result().purchaseModel().parameters()).containsExactly(direct.purchaseModel().parameters());
        assertThat(replay.result().values().totalClv()).isEqualTo(direct.values().totalClv());
        assertThat(replay.result().holdout().actual()).isEqualTo(direct.holdout().actual());
    }

    @Test
    void aProjectWithoutAClvModelCannotReplayOne() throws Exception {
        Project loaded = new ProjectStore().load(SHOP);
        Project project = loaded.withSettings(loaded.settings().withClv(null));
        assertThatThrownBy(() -> new SavedClv().replay(new SavedSources(project, SHOP), Progress.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customer-lifetime-value model");
    }
}
