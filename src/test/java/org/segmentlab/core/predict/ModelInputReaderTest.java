package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ModelInputReaderTest {

    private static Table customers() {
        return Table.create("customers",
                StringColumn.create("customerID", new String[] {"A1", "A2", "A3", "A4", ""}),
                LongColumn.create("tenure", new long[] {1, 20, 3, 40, 5}),
                DoubleColumn.create("TotalCharges", new double[] {10.5, Double.NaN, 30, 4000, 50}),
                StringColumn.create("Contract", new String[] {" Month-to-month", "Two year", "", "One year", "x"}),
                BooleanColumn.create("Partner", new boolean[] {true, false, true, false, true}),
                DateColumn.create("signup", new LocalDate[] {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1),
                    LocalDate.of(2020, 3, 1), null, LocalDate.of(2020, 5, 1)}),
                StringColumn.create("Churn", new String[] {"Yes", "No", "No ", null, "Yes"}));
    }

    @Test
    void readsNumbersBooleansAndTextAsTheRightKindOfFeature() {
        ModelInputReader.Read read = ModelInputReader.forTraining(customers(),
                ModelInputSpec.of("customerID", "Churn", List.of("tenure", "TotalCharges", "Contract", "partner")));
        ModelInput in = read.input();
        // Row 4 has no label and row 5 no id: both left out and noted.
        assertThat(in.customerIds()).containsExactly("A1", "A2", "A3");
        assertThat(read.notes()).anyMatch(n -> n.startsWith("1 rows without a customer id"))
                .anyMatch(n -> n.startsWith("1 rows without a value in 'Churn'"));
        assertThat(in.numericNames()).containsExactly("tenure", "TotalCharges", "Partner");
        assertThat(in.categoricalNames()).containsExactly("Contract");
        assertThat(in.numeric().rows()[1][1]).isNaN();
        assertThat(in.numeric().rows()[0][2]).isEqualTo(1);
        assertThat(in.categorical()[0][0]).isEqualTo("Month-to-month");
        assertThat(in.categorical()[2][0]).isNull();
        assertThat(in.labels()).containsExactly(1, 0, 0);
        assertThat(read.schema().label().positiveValue()).isEqualTo("Yes");
    }

    @Test
    void withoutNamedFeaturesUsesEveryUsableColumnAndSaysWhichItLeftOut() {
        ModelInputReader.Read read = ModelInputReader.forTraining(customers(),
                ModelInputSpec.of("customerID", "Churn", List.of()));
        assertThat(read.schema().features()).containsExactly("tenure", "TotalCharges", "Partner", "Contract");
        assertThat(read.notes()).anyMatch(n -> n.contains("signup (local_date)"));
    }

    @Test
    void theDateColumnOfAChronologicalSplitIsRead() {
        ModelInputReader.Read read = ModelInputReader.forTraining(customers(),
                ModelInputSpec.of("customerID", "Churn", List.of("tenure")).withDateColumn("signup"));
        assertThat(read.input().dates()).containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 3, 1));
    }

    @Test
    void unknownColumnsAreNamedWithTheColumnsThereAre() {
        assertThatThrownBy(() -> ModelInputReader.forTraining(customers(),
                ModelInputSpec.of("customerID", "Churn", List.of("tenure", "MonthlyCharges"))))
                .hasMessageContaining("no feature column 'MonthlyCharges'").hasMessageContaining("TotalCharges");
        assertThatThrownBy(() -> ModelInputReader.forTraining(customers(),
                ModelInputSpec.of("customerID", "Churn", List.of("signup"))))
                .hasMessageContaining("'signup' is a local_date column");
    }

    @Test
    void scoringNamesEveryFeatureTheFileLacks() {
        InputSchema schema = new InputSchema("customerID", new LabelCoding("Churn", "Yes"),
                List.of("tenure", "MonthlyCharges"), List.of("Contract", "PaymentMethod"));
        assertThatThrownBy(() -> ModelInputReader.forScoring(customers(), schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("columns 'MonthlyCharges', 'PaymentMethod' are needed by the model but missing from the file");
    }

    @Test
    void scoringReadsTextNumbersAndKeepsTheModelsColumnNames() {
        Table t = Table.create("new",
                StringColumn.create("CUSTOMERID", new String[] {"B1", "B2"}),
                StringColumn.create("tenure", new String[] {"12", " "}),
                LongColumn.create("contract", new long[] {1, 2}));
        InputSchema schema = new InputSchema("customerID", new LabelCoding("Churn", "Yes"),
                List.of("tenure"), List.of("Contract"));
        ModelInput in = ModelInputReader.forScoring(t, schema).input();
        assertThat(in.numericNames()).containsExactly("tenure");
        assertThat(in.numeric().rows()[0][0]).isEqualTo(12);
        assertThat(in.numeric().rows()[1][0]).isNaN();
        assertThat(in.categorical()[1][0]).isEqualTo("2");
        assertThat(in.hasLabels()).isFalse();
    }
}
