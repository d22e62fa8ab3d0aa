package org.segmentlab.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {

    private static int[] labels(int n, int positives) {
        int[] y = new int[n];
        for (int i = 0; i < positives; i++) {
            y[(i * 7) % n] = 1;
        }
        return y;
    }

    private static int positivesIn(int[] rows, int[] y) {
        return Arrays.stream(rows).map(i -> y[i]).sum();
    }

    @Test
    void stratifiedHoldOutKeepsTheClassRatioInBothParts() {
        int[] y = labels(1000, 265);
        Partition p = Splits.stratified(y, 0.2, 42);
        // round(0.2 × 265) = 53 positives and round(0.2 × 735) = 147 negatives held out.
        assertThat(p.test()).hasSize(200);
        assertThat(positivesIn(p.test(), y)).isEqualTo(53);
        assertThat(positivesIn(p.train(), y)).isEqualTo(212);
        assertThat(p.train()).hasSize(800);
        Set<Integer> all = new HashSet<>();
        Arrays.stream(p.train()).forEach(all::add);
        Arrays.stream(p.test()).forEach(all::add);
        assertThat(all).hasSize(1000);
    }

    @Test
    void stratifiedHoldOutDependsOnlyOnTheSeed() {
        int[] y = labels(500, 100);
        assertThat(Splits.stratified(y, 0.3, 7).test()).isEqualTo(Splits.stratified(y, 0.3, 7).test());
        assertThat(Splits.stratified(y, 0.3, 7).test()).isNotEqualTo(Splits.stratified(y, 0.3, 8).test());
    }

    @Test
    void chronologicalSplitNeverPutsALaterRowInTraining() {
        ModelInput input = PlantedData.customers(2000, 3);
        LocalDate cutoff = LocalDate.of(2023, 9, 1);
        Partition p = Splits.split(SplitSpec.chronological("signup", cutoff), input, 42);
        LocalDate latestTrain = Arrays.stream(p.train()).mapToObj(i -> input.dates()[i])
                .max(LocalDate::compareTo).orElseThrow();
        LocalDate earliestTest = Arrays.stream(p.test()).mapToObj(i -> input.dates()[i])
                .min(LocalDate::compareTo).orElseThrow();
        assertThat(latestTrain).isBefore(cutoff);
        assertThat(earliestTest).isAfterOrEqualTo(cutoff);
        assertThat(p.train().length + p.test().length).isEqualTo(2000);
    }

    @Test
    void chronologicalSplitLeavesOutUndatedRowsAndRefusesAnEmptyPart() {
        LocalDate[] dates = {LocalDate.of(2020, 1, 1), null, LocalDate.of(2021, 1, 1)};
        Partition p = Splits.chronological(dates, LocalDate.of(2020, 6, 1));
        assertThat(p.train()).containsExactly(0);
        assertThat(p.test()).containsExactly(2);
        assertThatThrownBy(() -> Splits.chronological(dates, LocalDate.of(2019, 1, 1)))
                .hasMessageContaining("0 rows before it");
    }

    @Test
    void stratifiedFoldsCoverEveryRowOnceAndKeepTheRatio() {
        int[] y = labels(103, 31);
        List<Partition> folds = Splits.stratifiedFolds(y, 5, 42);
        int[] seen = new int[103];
        for (Partition f : folds) {
            Arrays.stream(f.test()).forEach(i -> seen[i]++);
            assertThat(f.train().length + f.test().length).isEqualTo(103);
            // 31 positives over 5 folds: 6 or 7 each.
            assertThat(positivesIn(f.test(), y)).isBetween(6, 7);
            assertThat(f.test().length).isBetween(20, 21);
        }
        assertThat(seen).containsOnly(1);
    }

    @Test
    void foldsNeedEnoughRowsOfEachClass() {
        int[] y = {1, 1, 0, 0, 0, 0};
        assertThatThrownBy(() -> Splits.stratifiedFolds(y, 3, 1)).hasMessageContaining("class 1 has 2");
    }

    @Test
    void splitSpecsReadAsTheCommandLineWritesThem() {
        assertThat(SplitSpec.parse("stratified:0.25").testFraction()).isEqualTo(0.25);
        SplitSpec time = SplitSpec.parse("time:signup:date:2023-09-01");
        assertThat(time.dateColumn()).isEqualTo("signup:date");
        assertThat(time.cutoff()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThatThrownBy(() -> SplitSpec.parse("time:signup:09/01/2023")).hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> SplitSpec.parse("stratified:1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SplitSpec.parse("random")).hasMessageContaining("expected");
    }
}
