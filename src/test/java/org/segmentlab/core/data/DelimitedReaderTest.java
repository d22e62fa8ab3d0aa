package org.segmentlab.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelimitedReaderTest {

    /** Every record as its start line and fields, e.g. "3:a|b". */
    private static List<String> records(String text, char delimiter, int bufferSize) throws IOException {
        List<String> out = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(bytes), 0, (byte) delimiter,
                (byte) '"', bufferSize)) {
            while (r.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < r.fieldCount(); i++) {
                    fields.add(new String(r.buffer(), r.start(i), r.end(i) - r.start(i), StandardCharsets.UTF_8));
                }
                out.add(r.line() + ":" + String.join("|", fields));
            }
        }
        return out;
    }

    // Buffer sizes from tiny (every record crosses a refill, the buffer must grow) to roomy.
    @ParameterizedTest
    @ValueSource(ints = {4, 7, 16, 1 << 20})
    void quotedFieldsKeepDelimitersLineBreaksAndDoubledQuotesWhateverTheBufferSize(int bufferSize) throws IOException {
        String csv = "id,text,n\r\n"
                + "1,\"a, b\",2\r\n"
                + "2,\"line one\nline two\",3\r\n"
                + "3,\"she said \"\"hi\"\"\",4\r\n"
                + "4,plain,5";
        assertThat(records(csv, ',', bufferSize)).containsExactly(
                "1:id|text|n",
                "2:1|a, b|2",
                "3:2|line one\nline two|3",
                "5:3|she said \"hi\"|4",
                "6:4|plain|5");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 1 << 20})
    void runsOfSpacesSeparateFieldsAndLeadingSpacesAreIgnored(int bufferSize) throws IOException {
        String text = " 00001 19970101  1   11.77\r\n 00002 19970112  5   77.00\r\n";
        assertThat(records(text, ' ', bufferSize)).containsExactly(
                "1:00001|19970101|1|11.77",
                "2:00002|19970112|5|77.00");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 1 << 20})
    void blankLinesAreNotRecordsButStillCountAsLines(int bufferSize) throws IOException {
        assertThat(records("a;b\n\n1;2\n\n", ';', bufferSize)).containsExactly("1:a|b", "3:1|2");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 1 << 20})
    void emptyFieldsAndATrailingSeparatorGiveEmptyFields(int bufferSize) throws IOException {
        assertThat(records("a,,c,\n", ',', bufferSize)).containsExactly("1:a||c|");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 1 << 20})
    void fieldsAreTrimmedAndAQuoteAfterSpacesStillOpensAQuotedField(int bufferSize) throws IOException {
        assertThat(records(" x , \"y,z\" ,  7 \n", ',', bufferSize)).containsExactly("1:x|y,z|7");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 1 << 20})
    void aQuoteInsideAnUnquotedValueIsKeptAsIs(int bufferSize) throws IOException {
        assertThat(records("12\" tall,ok\n", ',', bufferSize)).containsExactly("1:12\" tall|ok");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 1 << 20})
    void aFileEndingInsideQuotesIsFlaggedAsUnclosed(int bufferSize) throws IOException {
        byte[] bytes = "a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8);
        try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(bytes), 0, (byte) ',', (byte) '"',
                bufferSize)) {
            assertThat(r.next()).isTrue();
            assertThat(r.unclosedQuote()).isFalse();
            assertThat(r.next()).isTrue();
            assertThat(r.unclosedQuote()).isTrue();
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.next()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1 << 20})
    void carriageReturnsAloneEndLinesToo(int bufferSize) throws IOException {
        assertThat(records("a,b\r1,2\r", ',', bufferSize)).containsExactly("1:a|b", "2:1|2");
    }

    // Where each record starts, in bytes, across blank lines, CRLF, a BOM and quoted line breaks.
    @ParameterizedTest
    @ValueSource(ints = {4, 7, 16, 1 << 20})
    void recordsKnowTheByteWhereTheyStart(int bufferSize) throws IOException {
        byte[] bytes = "\uFEFFa,b\n\nc,d\r\n\"e\nf\",g\nh".getBytes(StandardCharsets.UTF_8);
        List<Long> starts = new ArrayList<>();
        try (DelimitedReader r = new DelimitedReader(new ByteArrayInputStream(bytes), 3, (byte) ',', (byte) '"',
                bufferSize)) {
            while (r.next()) {
                starts.add(r.recordStart());
            }
        }
        // BOM 0-2, "a,b\n" 3-6, blank 7, "c,d\r\n" 8-12, "\"e\nf\",g\n" 13-20, "h" 21
        assertThat(starts).containsExactly(3L, 8L, 13L, 21L);
    }
}
