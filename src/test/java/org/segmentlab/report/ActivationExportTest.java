package org.segmentlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.core.Progress;

class ActivationExportTest {

    @TempDir
    Path dir;

    private ReportModel hostile() throws Exception {
        return new ReportBuilder().build(ReportFixtures.hostileProject(dir), null, null, LocalDate.of(2026, 1, 1),
                Progress.none());
    }

    @Test
    void everyCustomerOnceWithSegmentAndFormulaNamesNeutralised() throws Exception {
        Path out = dir.resolve("export");
        ActivationExport.Written written = new ActivationExport().write(hostile(), out, false, false);

        List<String> lines = Files.readAllLines(out.resolve("customers.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("customer_id,segment_id,segment_name,recency_days,frequency,monetary");
        assertThat(lines).hasSize(11);
        // c10: last purchase 2024-01-30, as of 2024-02-01 -> 2 days; 10 purchases of 10.00
        assertThat(lines).contains("c10,1,<script>alert(1)</script>,2,10,100.00");
        // c01: last purchase 2024-01-12 -> 20 days; the name is quoted for CSV after its leading quote
        assertThat(lines).contains("c01,2,\"'=HYPERLINK(\"\"x\"\")\",20,1,10.00");
        assertThat(written.customers()).isEqualTo(10);
        assertThat(written.files()).containsExactly(Path.of("customers.csv"), Path.of("segment_summary.csv"),
                Path.of("segment_01_scriptalert1script.csv"), Path.of("segment_02_hyperlinkx.csv"));
        assertThat(Files.readAllLines(out.resolve("segment_02_hyperlinkx.csv"))).hasSize(5);
        assertThat(Files.readAllLines(out.resolve("segment_01_scriptalert1script.csv"))).hasSize(7);
    }

    @Test
    void summaryListsEachSegmentWithItsShares() throws Exception {
        Path out = dir.resolve("export");
        new ActivationExport().write(hostile(), out, false, false);

        List<String> lines = Files.readAllLines(out.resolve("segment_summary.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("segment_id,segment_name,customers,customer_percent,revenue");
        // 6 of 10 customers, 450 of 550 revenue (81.82%)
        assertThat(lines).anyMatch(l -> l.startsWith("1,<script>alert(1)</script>,6,60.00,450.00,81.82,"));
        assertThat(lines).anyMatch(l -> l.startsWith("2,\"'=HYPERLINK(\"\"x\"\")\",4,40.00,100.00,18.18,"));
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws Exception {
        ReportModel model = hostile();
        new ActivationExport().write(model, dir.resolve("plain"), false, false);
        new ActivationExport().write(model, dir.resolve("bom"), true, false);

        byte[] plain = Files.readAllBytes(dir.resolve("plain/customers.csv"));
        byte[] bom = Files.readAllBytes(dir.resolve("bom/customers.csv"));
        assertThat(plain[0]).isEqualTo((byte) 'c');
        assertThat(bom).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(bom.length).isEqualTo(plain.length + 3);
    }

    @Test
    void cellsThatSpreadsheetsWouldRunAreNeutralisedButNegativeNumbersStay() {
        assertThat(ActivationExport.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(ActivationExport.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(ActivationExport.cell("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(ActivationExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ActivationExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(ActivationExport.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(ActivationExport.cell("-3.5")).isEqualTo("-3.5");
        assertThat(ActivationExport.cell("-12")).isEqualTo("-12");
        assertThat(ActivationExport.cell("Champions, top")).isEqualTo("\"Champions, top\"");
        assertThat(ActivationExport.cell("plain")).isEqualTo("plain");
    }

    @Test
    void slugsAreSafeFileNames() {
        assertThat(ActivationExport.slug("Can't Lose Them")).isEqualTo("cant_lose_them");
        assertThat(ActivationExport.slug("../..")).isEqualTo("segment");
    }

    @Test
    void anExportReplacesTheSegmentFilesOfAnEarlierOneAndLeavesOtherFilesAlone() throws Exception {
        Path out = dir.resolve("export");
        ReportModel retail = ReportFixtures.retail(LocalDate.of(2026, 1, 1));
        ActivationExport.Written first = new ActivationExport().write(retail, out, false, false);
        java.nio.file.Files.writeString(out.resolve("notes.txt"), "mine");
        ActivationExport.Written second = new ActivationExport().write(hostile(), out, false, false);

        assertThat(first.files()).hasSizeGreaterThan(second.files().size());
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(out)) {
            assertThat(files.map(f -> f.getFileName())).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(second.files().stream(), java.util.stream.Stream.of(Path.of("notes.txt")))
                            .collect(java.util.stream.Collectors.toList()));
        }
    }

    @Test
    void withAValueModelEachCustomerHasPAliveAndClvAndTheSummaryTheSegmentsClv() throws Exception {
        Path shop = Path.of("sample-projects/shop-clv/shop-clv.slproj.json");
        org.segmentlab.core.project.Project sample = new org.segmentlab.core.project.ProjectStore().load(shop);
        org.segmentlab.core.project.Project project = sample.withSettings(sample.settings()
                .withClv(org.segmentlab.core.project.ClvSettings.DEFAULTS));
        org.segmentlab.core.project.SavedSources sources = new org.segmentlab.core.project.SavedSources(project,
                shop.toAbsolutePath());
        ReportModel model = new ReportBuilder().build(sources, ReportOptions.of(project, shop.toAbsolutePath()),
                LocalDate.of(2025, 1, 6), Progress.none());
        Path out = dir.resolve("export");
        new ActivationExport().write(model, out, false, false);
        org.segmentlab.core.clv.CustomerValues values = new org.segmentlab.core.project.SavedClv()
                .replay(sources, Progress.none()).result().values();

        List<String> lines = Files.readAllLines(out.resolve("customers.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).endsWith("p_alive", "clv");
        int segmentColumn = header.indexOf("segment_name");
        java.util.Map<String, Double> clvBySegment = new java.util.HashMap<>();
        java.util.Map<String, double[]> aliveBySegment = new java.util.HashMap<>();
        double all = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int row = values.rowOf(cells[0]).orElseThrow();
            double alive = Double.parseDouble(cells[cells.length - 2]);
            double clv = Double.parseDouble(cells[cells.length - 1]);
            // rounded to 4 and 2 places in the file
            assertThat(alive).isCloseTo(values.pAlive(row), org.assertj.core.api.Assertions.within(0.00005));
            assertThat(clv).isCloseTo(values.clv(row), org.assertj.core.api.Assertions.within(0.005));
            // the sums by segment from the value model's own numbers, not from the file
            clvBySegment.merge(cells[segmentColumn], values.clv(row), Double::sum);
            double[] a = aliveBySegment.computeIfAbsent(cells[segmentColumn], k -> new double[2]);
            a[0] += values.pAlive(row);
            a[1]++;
            all += values.clv(row);
        }
        assertThat(lines).hasSize(values.size() + 1);

        List<String> summary = Files.readAllLines(out.resolve("segment_summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary.get(0)).endsWith(",total_clv,mean_clv,clv_percent,mean_p_alive");
        int checked = 0;
        for (String line : summary.subList(1, summary.size())) {
            String[] cells = line.split(",");
            Double total = clvBySegment.get(cells[1]);
            if (total == null) {
                assertThat(line).as("a segment without customers has no value").endsWith(",,,,");
                continue;
            }
            double[] a = aliveBySegment.get(cells[1]);
            int n = cells.length;
            assertThat(Double.parseDouble(cells[n - 4])).as(cells[1]).isCloseTo(total,
                    org.assertj.core.api.Assertions.within(0.005));
            assertThat(Double.parseDouble(cells[n - 3])).isCloseTo(total / a[1],
                    org.assertj.core.api.Assertions.within(0.005));
            assertThat(Double.parseDouble(cells[n - 2])).isCloseTo(100 * total / all,
                    org.assertj.core.api.Assertions.within(0.005));
            assertThat(Double.parseDouble(cells[n - 1])).isCloseTo(a[0] / a[1],
                    org.assertj.core.api.Assertions.within(0.00005));
            checked++;
        }
        assertThat(checked).isEqualTo(clvBySegment.size()).isGreaterThan(3);
    }

    @Test
    void withoutAValueModelTheFilesHaveNoValueColumns() throws Exception {
        Path out = dir.resolve("export");
        new ActivationExport().write(hostile(), out, false, false);
        assertThat(Files.readAllLines(out.resolve("customers.csv")).get(0)).doesNotContain("clv");
        assertThat(Files.readAllLines(out.resolve("segment_summary.csv")).get(0)).doesNotContain("clv");
    }
}
