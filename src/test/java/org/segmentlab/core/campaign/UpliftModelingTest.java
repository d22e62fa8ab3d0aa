package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.predict.ModelKind;
import org.segmentlab.testing.SharedDatasets;

class UpliftModelingTest {

    @Test
    void hillstromMensEmailUpliftBeatsRandomTargetingOnTheTestPart() throws Exception {
        Path file = SharedDatasets.require("hillstrom/hillstrom.csv");
        CampaignColumns columns = CampaignColumns.of("segment", "Mens E-Mail", "No E-Mail", "conversion")
                .withFeatures(List.of("recency", "history", "mens", "womens", "zip_code", "newbie", "channel"));
        CampaignTable.Read read = CampaignTable.read(
                new TableImporter().read(ImportOptions.of(file), Progress.none()).table(), columns);
        UpliftResult r = new UpliftModeling().fit(read.features(), read.outcomes(),
                UpliftParams.defaults(ModelKind.LOGISTIC), Progress.none());
        System.out.println(r.method() + " " + r.validation() + " " + r.notes());
        System.out.println(r.test().qiniArea() + " " + r.test().randomArea() + " " + r.test().upliftAt10() + " "
                + r.test().upliftAt30());
        r.test().deciles().forEach(System.out::println);
        assertThat(r.testRows()).isBetween(12_782, 12_786);
        assertThat(r.test().qiniAreaAboveRandom()).isPositive();
    }
}
