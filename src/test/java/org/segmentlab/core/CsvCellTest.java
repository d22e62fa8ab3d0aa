package org.segmentlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1|'=1+1",
        "+cmd|'+cmd",
        "@SUM(1)|'@SUM(1)",
        "-2+3|'-2+3",
        "`=HYPERLINK(\"http://x\",\"y\")`|`\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
        "-12|-12",
        "-0.5|-0.5",
        "3.25|3.25",
        "1e308|1e308",
        "-1.5E-3|-1.5E-3",
        "c42|c42",
        "Champions|Champions",
        "`a,b`|`\"a,b\"`",
        "`say \"hi\"`|`\"say \"\"hi\"\"\"`",
    })
    void formulasAreNeutralisedNumbersStayNumbersAndSeparatorsAreQuoted(String value, String cell) {
        assertThat(CsvCell.text(value)).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TAB", "CR", "LF"})
    void controlCharactersFirstAreNeutralisedAndLineBreaksQuoted(String which) {
        String c = which.equals("TAB") ? "\t" : which.equals("CR") ? "\r" : "\n";
        String cell = CsvCell.text(c + "=cmd");
        assertThat(cell).doesNotStartWith(c).doesNotStartWith("=");
        if (!c.equals("\t")) {
            assertThat(cell).startsWith("\"");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"` lead`", "`trail `"})
    void outerBlanksAreQuotedSoTheyAreKept(String value) {
        assertThat(CsvCell.text(value)).isEqualTo("\"" + value + "\"");
    }

    @org.junit.jupiter.api.Test
    void nullIsAnEmptyCell() {
        assertThat(CsvCell.text(null)).isEmpty();
    }
}
