package org.segmentlab.core.project;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.data.ColumnRole;

/** A project with every field set, for round trips. */
final class ProjectFixtures {

    private ProjectFixtures() {
    }

    static Project everyField(Path dataFolder, Path elsewhere) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("CustomerID", ColumnRole.CUSTOMER_ID);
        roles.put("InvoiceDate", ColumnRole.TIMESTAMP);
        roles.put("Description", ColumnRole.IGNORE);
        ImportSettings retailOptions = new ImportSettings(';', true, true, "ISO-8859-1", roles);
        ImportSettings eventOptions = new ImportSettings('\t', false, false, null, Map.of("kind", ColumnRole.EVENT_TYPE));

        DataSourceRef transactions = DataSourceRef.of("transactions", SourceKind.TRANSACTIONS,
                dataFolder.resolve("data").resolve("transactions.csv"), retailOptions);
        DataSourceRef events = DataSourceRef.of("events", SourceKind.EVENTS,
                elsewhere.resolve("events.tsv"), eventOptions);
        DataSourceRef accounts = DataSourceRef.of("accounts", SourceKind.ATTRIBUTES,
                dataFolder.resolve("accounts.csv"), ImportSettings.DETECT);
        DataSourceRef customers = DataSourceRef.of("customers", SourceKind.CUSTOMERS,
                dataFolder.resolve("customers.csv"), ImportSettings.withRoles(Map.of("Age", ColumnRole.ATTRIBUTE)));

        RfmSettings rfm = new RfmSettings("transactions", LocalDate.of(2011, 12, 10), 5, CancellationMode.NET,
                List.of(new SegmentRule("Champions", ScoreRange.of(5), new ScoreRange(4, 5), null),
                        new SegmentRule("Big spenders", new ScoreRange(1, 5), new ScoreRange(1, 5), ScoreRange.of(5))))
                .withColumns(Map.of("customer", "CustomerID", "amount", "Revenue"))
                .withActions(Map.of("Champions", "Early access; ask for reviews"));
        FeatureSettings features = new FeatureSettings(LocalDate.of(2011, 12, 10), 90,
                List.of("rfm", "sessions"), List.of("recency_days", "frequency", "monetary"));
        ClusteringRun run = new ClusteringRun("run-1", "First try", List.of("recency_days", "monetary"), "log-zscore",
                "kmeans", 4, "2..12", null, null, null, 42L, Instant.parse("2026-11-20T10:15:30Z"),
                "orders", ClusteringRun.CUSTOMERS_INPUT, null);
        ClusteringRun dbscan = new ClusteringRun("run-2", null, List.of("frequency"), "zscore", "dbscan", null, null,
                0.5, 8, null, 7L, null, "customers-file", ClusteringRun.TABLE_INPUT, "customer_id");
        NamedSegment named = new NamedSegment("run-1", 2, "Weekend big baskets", "#3b82f6", "Send the catalogue");
        PredictSettings predict = new PredictSettings("churned", "Yes", List.of("logins_trend", "seats"), "forest",
                "stratified:0.2", 42L);
        ReportSettings report = new ReportSettings("Q4 segments", "Ana", List.of("rfm", "clusters"));
        ProjectSettings settings = ProjectSettings.EMPTY.withRfm(rfm).withFeatures(features)
                .withClusteringRun(run).withClusteringRun(dbscan).withSegment(named)
                .withPredict(predict).withReport(report);

        return Project.named("Retail Q4").withSeed(7)
                .withSource(transactions).withSource(events).withSource(accounts).withSource(customers)
                .withSettings(settings)
                .withUi(new UiState("clusters", "transactions", "run-1"));
    }
}
