package org.segmentlab.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.ScoreRange;
import org.segmentlab.core.project.SegmentRule;
import org.segmentlab.core.project.SourceKind;

/** Projects for the report tests: the retail sample, and a small one whose segment names try to break out. */
final class ReportFixtures {

    static final Path RETAIL = Path.of("sample-projects/retail-rfm/retail-rfm.slproj.json");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=HYPERLINK(\"x\")";
    static final String SCRIPT_ACTION = "Send <b>offer</b> & \"thanks\"";

    private ReportFixtures() {
    }

    static ReportModel retail(LocalDate today) throws Exception {
        return new ReportBuilder().build(RETAIL, null, null, today, Progress.none());
    }

    /**
     * Ten customers, c01..c10; customer k buys k times, the last time on 2024-01-(10 + 2k), 10.00 a line,
     * so customer 10 is the most recent and most frequent. As of 2024-02-01 with 5 bins, R and F scores both
     * rise with k: 1 + floor(5 × (k - 1) / 10), i.e. 1,1,2,2,3,3,4,4,5,5. Rule 1 (R 3-5) takes c05..c10, rule 2
     * (R 1-2) takes c01..c04.
     */
    static Path hostileProject(Path dir) throws Exception {
        return hostileProject(dir, SCRIPT);
    }

    /** The same project with another name for the first segment (rule 1). */
    static Path hostileProject(Path dir, String firstSegment) throws Exception {
        StringBuilder csv = new StringBuilder("InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n");
        int invoice = 1000;
        for (int k = 1; k <= 10; k++) {
            for (int j = 0; j < k; j++) {
                int day = 10 + 2 * k - j;
                csv.append(invoice++).append(",1,2024-01-").append(String.format("%02d", day))
                        .append(" 10:00:00,10.00,c").append(String.format("%02d", k)).append('\n');
            }
        }
        Path data = dir.resolve("sales.csv");
        Files.writeString(data, csv);
        List<SegmentRule> map = new ArrayList<>();
        map.add(new SegmentRule(firstSegment, new ScoreRange(3, 5), new ScoreRange(1, 5), null));
        map.add(new SegmentRule(FORMULA, new ScoreRange(1, 2), new ScoreRange(1, 5), null));
        RfmSettings rfm = new RfmSettings("sales", LocalDate.of(2024, 2, 1), 5, null, map, null,
                Map.of(firstSegment, SCRIPT_ACTION));
        Project project = Project.named("Hostile & <names>")
                .withSource(new DataSourceRef("sales", SourceKind.TRANSACTIONS, data.toString(), ImportSettings.DETECT))
                .withSettings(ProjectSettings.EMPTY.withRfm(rfm)
                        .withReport(new ReportSettings("Names <b>test</b>", "A & B", null)));
        Path file = dir.resolve("hostile" + ProjectStore.EXTENSION);
        new ProjectStore().save(project, file);
        return file;
    }
}
