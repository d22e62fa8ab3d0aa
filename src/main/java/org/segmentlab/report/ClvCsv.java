package org.segmentlab.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.CustomerSummary;
import org.segmentlab.core.clv.CustomerValues;
import org.segmentlab.core.project.AtomicFiles;

/**
 * Writes {@code clv.csv}: {@code customer_id,frequency,recency,T,monetary_mean,p_alive,expected_purchases,
 * expected_avg_spend,clv}, one row per customer of the summary, numbers in full double precision (the
 * shortest text that reads back as the same double), a missing value empty; ids neutralised against
 * spreadsheet formulas. Written atomically, UTF-8.
 */
public final class ClvCsv {

    public static final String HEADER = "customer_id,frequency,recency,T,monetary_mean,p_alive,expected_purchases,"
            + "expected_avg_spend,clv";

    private ClvCsv() {
    }

    public static void write(Path file, ClvResult result) throws IOException {
        CustomerSummary s = result.summary();
        CustomerValues v = result.values();
        AtomicFiles.write(file, raw -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < s.size(); i++) {
                line.setLength(0);
                line.append(ActivationExport.cell(s.customerId(i))).append(',').append(s.frequency(i));
                number(line, s.recency(i));
                number(line, s.age(i));
                number(line, s.monetaryMean(i));
                number(line, v.pAlive(i));
                number(line, v.expectedPurchases(i));
                number(line, v.expectedSpend(i));
                number(line, v.clv(i));
                line.append('\n');
                out.append(line);
            }
            out.flush();
        });
    }

    private static void number(StringBuilder line, double value) {
        line.append(',');
        if (Double.isFinite(value)) {
            line.append(value);
        }
    }
}
