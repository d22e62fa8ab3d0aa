package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * A text column made from value codes is the column Tablesaw builds by appending the same values
 * one by one: same dictionary width and keys, same values, counts and missing rows, same order of
 * unique values.
 */
class TextColumnTest {

    private static final TextDecoder UTF8 = new TextDecoder(StandardCharsets.UTF_8, true);

    /** Row values: null = missing; a value starting with '!' is staged but its row is rejected. */
    private static List<String> rows(int distinct, int rowCount, long seed, int missingEvery, int rejectedEvery) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            if (missingEvery > 0 && random.nextInt(missingEvery) == 0) {
                out.add(null);
            } else if (rejectedEvery > 0 && random.nextInt(rejectedEvery) == 0) {
                out.add("!rejected-" + random.nextInt(1000));
            } else {
                // the first rows bring the values in a shuffled order, later rows repeat them
                out.add("v" + (r < distinct ? (r * 7919L) % distinct : random.nextInt(distinct)));
            }
        }
        return out;
    }

    private static StringColumn appended(List<String> values) {
        StringColumn column = StringColumn.create("c");
        for (String v : values) {
            if (v == null) {
                column.appendMissing();
            } else if (!v.startsWith("!")) {
                column.append(v);
            }
        }
        return column;
    }

    private static StringColumn coded(List<String> values, int poolLimit) {
        ColumnSink.TextSink sink = new ColumnSink.TextSink("c", UTF8, false, poolLimit);
        for (String v : values) {
            byte[] b = v == null ? new byte[0] : v.getBytes(StandardCharsets.UTF_8);
            assertThat(sink.stage(b, 0, b.length)).isTrue();
            if (v == null || !v.startsWith("!")) {
                sink.commit();
            }
        }
        return (StringColumn) sink.column();
    }

    private static void assertSameColumn(StringColumn actual, StringColumn expected) {
        DictionaryMap a = actual.getDictionary();
        DictionaryMap e = expected.getDictionary();
        assertThat(a.getClass()).isEqualTo(e.getClass());
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.countUnique()).isEqualTo(expected.countUnique());
        assertThat(actual.countMissing()).isEqualTo(expected.countMissing());
        assertThat(actual.unique().asList()).isEqualTo(expected.unique().asList());
        assertThat(new ArrayList<>(a.asSet())).isEqualTo(new ArrayList<>(e.asSet()));
        int n = expected.size();
        int[] actualKeys = new int[n];
        int[] expectedKeys = new int[n];
        String[] actualValues = new String[n];
        String[] expectedValues = new String[n];
        boolean[] actualMissing = new boolean[n];
        boolean[] expectedMissing = new boolean[n];
        for (int r = 0; r < n; r++) {
            actualKeys[r] = a.getKeyForIndex(r);
            expectedKeys[r] = e.getKeyForIndex(r);
            actualValues[r] = actual.get(r);
            expectedValues[r] = expected.get(r);
            actualMissing[r] = actual.isMissing(r);
            expectedMissing[r] = expected.isMissing(r);
        }
        assertThat(actualKeys).isEqualTo(expectedKeys);
        assertThat(actualValues).isEqualTo(expectedValues);
        assertThat(actualMissing).isEqualTo(expectedMissing);
        assertThat(actual.countByCategory().stringColumn(0).asList())
                .isEqualTo(expected.countByCategory().stringColumn(0).asList());
        assertThat(actual.countByCategory().intColumn(1).asList())
                .isEqualTo(expected.countByCategory().intColumn(1).asList());
    }

    @ParameterizedTest(name = "{0} distinct values in {1} rows, missing 1 in {2}, rejected 1 in {3}")
    @CsvSource({
        "1, 10, 0, 0",
        "6, 1000, 0, 0",
        "6, 1000, 3, 0",
        "24, 5000, 25, 7",
        "254, 3000, 0, 0",
        "255, 3000, 0, 0",
        "254, 3000, 50, 0",
        "300, 3000, 10, 5",
        "65534, 70000, 0, 0",
        "65535, 70000, 0, 0",
        "100000, 300000, 25, 11",
    })
    void aColumnMadeFromCodesIsTheColumnTablesawAppends(int distinct, int rowCount, int missingEvery,
                                                        int rejectedEvery) {
        List<String> values = rows(distinct, rowCount, 42, missingEvery, rejectedEvery);
        StringColumn expected = appended(values);
        StringColumn actual = coded(values, StringPool.MAX_ENTRIES);
        assertSameColumn(actual, expected);
    }

    @Test
    void dictionaryWidthFollowsTheNumberOfDistinctValuesAsInTablesaw() {
        assertThat(coded(rows(254, 300, 1, 0, 0), StringPool.MAX_ENTRIES).getDictionary())
                .isInstanceOf(ByteDictionaryMap.class);
        assertThat(coded(rows(255, 300, 1, 0, 0), StringPool.MAX_ENTRIES).getDictionary())
                .isInstanceOf(ShortDictionaryMap.class);
        assertThat(coded(rows(65535, 65535, 1, 0, 0), StringPool.MAX_ENTRIES).getDictionary())
                .isInstanceOf(IntDictionaryMap.class);
    }

    @Test
    void aMissingValueFirstOrLastKeepsItsPlace() {
        List<String> first = new ArrayList<>();
        first.add(null);
        first.addAll(List.of("b", "a", "b"));
        assertSameColumn(coded(first, StringPool.MAX_ENTRIES), appended(first));
        List<String> last = new ArrayList<>(List.of("b", "a", "b"));
        last.add(null);
        assertSameColumn(coded(last, StringPool.MAX_ENTRIES), appended(last));
        List<String> onlyMissing = new ArrayList<>();
        onlyMissing.add(null);
        onlyMissing.add(null);
        StringColumn column = coded(onlyMissing, StringPool.MAX_ENTRIES);
        assertSameColumn(column, appended(onlyMissing));
        assertThat(column.countMissing()).isEqualTo(2);
    }

    @Test
    void moreDistinctValuesThanThePoolTakesStillGiveTheSameColumn() {
        List<String> values = rows(5000, 20000, 7, 9, 13);
        StringColumn expected = appended(values);
        assertSameColumn(coded(values, 100), expected);
        assertSameColumn(coded(values, 4999), expected);
    }

    @Test
    void anImportedTextColumnHoldsTheKeptRowsInFileOrder(@TempDir Path dir) throws Exception {
        ImportedTable t = TestFiles.read(dir, "CustomerID,Quantity,Country\n"
                + "C2,1,France\n"
                + "C1,2,\n"
                + "C9,two,Peru\n"
                + "C2,3,Spain\n"
                + ",4,France\n");
        assertThat(t.report().rowsKept()).isEqualTo(4);
        StringColumn ids = t.table().stringColumn("CustomerID");
        assertSameColumn(ids, appended(Arrays.asList("C2", "C1", "C2", null)));
        assertThat(ids.asList()).containsExactly("C2", "C1", "C2", "");
        assertSameColumn(t.table().stringColumn("Country"), appended(Arrays.asList("France", null, "Spain", "France")));
    }

    @ParameterizedTest(name = "pool of {0} values")
    @CsvSource({"1000000", "40", "300", "10"})
    void theRowsOfTwoSinksJoinedGiveTheColumnOfOne(int poolLimit) {
        List<String> values = rows(300, 2000, 5, 9, 0);
        StringColumn expected = appended(values);
        for (int cut : new int[] {0, 1, 50, 999, 1999, 2000}) {
            ColumnSink.TextSink first = sink(values.subList(0, cut), poolLimit);
            ColumnSink.TextSink second = sink(values.subList(cut, values.size()), poolLimit);
            first.appendAll(second);
            assertSameColumn((StringColumn) first.column(), expected);
            assertThat(first.missing()).isEqualTo(expected.countMissing());
        }
    }

    private static ColumnSink.TextSink sink(List<String> values, int poolLimit) {
        ColumnSink.TextSink sink = new ColumnSink.TextSink("c", UTF8, false, poolLimit);
        for (String v : values) {
            byte[] b = v == null ? new byte[0] : v.getBytes(StandardCharsets.UTF_8);
            sink.stage(b, 0, b.length);
            sink.commit();
        }
        return sink;
    }

    @Test
    void anEmptyColumnHasNoRows() {
        StringColumn column = coded(List.of(), StringPool.MAX_ENTRIES);
        assertThat(column.size()).isZero();
        assertThat(column.countUnique()).isZero();
    }
}
