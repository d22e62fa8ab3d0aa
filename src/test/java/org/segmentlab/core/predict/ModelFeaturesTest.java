package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.data.ColumnRole;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ModelFeaturesTest {

    /** 120 rows: a plan of three values, a note of 60 values each on two rows, a code unique to each row. */
    private static Table table() {
        String[] plan = new String[120];
        String[] note = new String[120];
        String[] code = new String[120];
        double[] spend = new double[120];
        String[] id = new String[120];
        for (int i = 0; i < 120; i++) {
            plan[i] = new String[] {"basic", "pro", "team"}[i % 3];
            note[i] = "note " + (i % 60);
            code[i] = "K" + i;
            spend[i] = i * 1.5;
            id[i] = "C" + i;
        }
        return Table.create("t", StringColumn.create("id", id), StringColumn.create("plan", plan),
                StringColumn.create("note", note), StringColumn.create("code", code),
                DoubleColumn.create("spend", spend), StringColumn.create("invoice", code));
    }

    @Test
    void identifiersAndTextWithMoreThanFiftyValuesAreLeftOutWithTheirReason() {
        ModelFeatures.Choice choice = ModelFeatures.defaults(table(), Set.of("id"),
                Map.of("invoice", ColumnRole.INVOICE));

        assertThat(choice.chosen()).containsExactly("plan", "spend");
        assertThat(choice.leftOut()).extracting(ModelFeatures.LeftOut::column).containsExactly("note", "code", "invoice");
        assertThat(choice.leftOut().get(0).reason()).isEqualTo(
                "text with 60 distinct values: free text or more categories than a model learns from");
        assertThat(choice.leftOut().get(1).reason()).isEqualTo("text unique to most rows, like an identifier");
        assertThat(choice.leftOut().get(2).reason()).isEqualTo("role invoice");
        assertThat(choice.notes()).containsExactly("columns not used as features: note (text with 60 distinct "
                + "values: free text or more categories than a model learns from), code (text unique to most rows, "
                + "like an identifier), invoice (role invoice)");
    }

    @Test
    void fiftyDistinctValuesAreStillCategories() {
        String[] fifty = new String[100];
        for (int i = 0; i < 100; i++) {
            fifty[i] = "v" + (i % 50);
        }
        Table t = Table.create("t", StringColumn.create("segment", fifty));
        assertThat(ModelFeatures.defaults(t, Set.of(), Map.of()).chosen()).containsExactly("segment");
    }
}
