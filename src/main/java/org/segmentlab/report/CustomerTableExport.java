package org.segmentlab.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.core.project.ProjectCustomers;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SourceKind;

/**
 * The project's customer table as the steps left it: every feature the Customers step builds, then
 * {@value ProjectCustomers#SEGMENT} (the report's clustering), {@value ProjectCustomers#RFM_SEGMENT}
 * (the RFM map, where the project has transactions) and {@value ProjectCustomers#CHURN_SCORE} (the
 * project's model), one row per customer. The segments and scores are the very ones of the report
 * it is given, so the table, the report and the activation files agree customer by customer.
 */
public final class CustomerTableExport {

    public static final String FILE = "customer_table.csv";

    /**
     * The enriched table, or null with the reason in {@code notes} when the project gives none (no
     * source a customer table is built from, or no as-of day).
     */
    public record Enriched(CustomerTable table, List<String> notes) {
        public Enriched {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Builds the project's customer table and adds the report's segments and scores to it.
     *
     * @param report the report of the same project, built from the same sources
     */
    public Enriched build(SavedSources sources, ReportModel report, Progress progress) throws DataFileException {
        List<String> notes = new ArrayList<>();
        CustomerTable table;
        try {
            table = ProjectCustomers.build(sources, progress.slice(0, 0.7)).table();
        } catch (IllegalArgumentException e) {
            notes.add("No customer table was written: " + e.getMessage() + ".");
            return new Enriched(null, notes);
        }
        ReportModel.CustomerList list = report.customers();
        Map<String, String> segmentOf = new HashMap<>();
        for (int i = 0; i < list.ids().size(); i++) {
            segmentOf.put(list.ids().get(i), list.segmentNames().get(i));
        }
        if (report.kind() == ReportModel.Kind.RFM) {
            table = ProjectCustomers.withText(table, ProjectCustomers.RFM_SEGMENT,
                    "RFM segment of the customer's whole purchase history", segmentOf);
        } else {
            table = ProjectCustomers.withText(table, ProjectCustomers.SEGMENT,
                    "Segment of the report's clustering", segmentOf);
            if (sources.project().firstSource(SourceKind.TRANSACTIONS).isPresent()) {
                try {
                    Findings rfm = RfmFindings.find(sources, progress.slice(0.7, 0.95));
                    Map<Integer, String> names = new HashMap<>();
                    rfm.segments().forEach(s -> names.put(s.id(), s.name()));
                    Map<String, String> rfmOf = new HashMap<>();
                    for (int i = 0; i < rfm.customerIds().size(); i++) {
                        rfmOf.put(rfm.customerIds().get(i), names.get(rfm.segmentOf()[i]));
                    }
                    table = ProjectCustomers.withText(table, ProjectCustomers.RFM_SEGMENT,
                            "RFM segment of the customer's whole purchase history", rfmOf);
                } catch (IllegalArgumentException e) {
                    notes.add("No RFM segments: " + e.getMessage() + ".");
                }
            }
        }
        if (list.scores() != null) {
            Map<String, Double> scoreOf = new HashMap<>();
            for (int i = 0; i < list.ids().size(); i++) {
                if (!Double.isNaN(list.scores()[i])) {
                    scoreOf.put(list.ids().get(i), list.scores()[i]);
                }
            }
            String outcome = report.model() == null ? "the outcome" : report.model().outcome();
            table = ProjectCustomers.withNumbers(table, ProjectCustomers.CHURN_SCORE,
                    "The project's model's probability of " + outcome, scoreOf);
        }
        progress.update(1, "Customer table ready");
        return new Enriched(table, notes);
    }

    /**
     * Writes {@code customer_id} and every column: numbers in full precision (the shortest decimal that
     * reads back as the same double), text neutralised against spreadsheet formulas.
     */
    public Path write(CustomerTable table, Path folder, boolean bom) throws IOException {
        Files.createDirectories(folder);
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "").append(ProjectCustomers.ID_COLUMN);
        for (CustomerTable.Column column : table.columns()) {
            sb.append(',').append(ActivationExport.cell(column.name()));
        }
        sb.append('\n');
        List<String> ids = table.customerIds();
        for (int i = 0; i < ids.size(); i++) {
            sb.append(ActivationExport.cell(ids.get(i)));
            for (CustomerTable.Column column : table.columns()) {
                sb.append(',');
                if (column.isNumeric()) {
                    sb.append(number(column.numbers()[i]));
                } else {
                    sb.append(ActivationExport.cell(column.texts()[i]));
                }
            }
            sb.append('\n');
        }
        Path file = folder.resolve(FILE);
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
