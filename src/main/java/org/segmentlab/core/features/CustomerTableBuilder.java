package org.segmentlab.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.attributes.AttributeJoin;
import org.segmentlab.core.features.attributes.AttributeJoinReport;
import org.segmentlab.core.features.events.EventFeatures;
import org.segmentlab.core.features.prep.FeatureDiagnostics;
import org.segmentlab.core.features.prep.Preparation;
import org.segmentlab.core.features.transactions.TransactionFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the customer table: one row per customer with a purchase or an event in the window
 * (or, with attributes alone, per attribute row), transaction features first, then behavioural
 * features, then attributes; keeps the chosen features, runs the preparation and looks the result
 * over for the analyst.
 */
public final class CustomerTableBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerTableBuilder.class);

    /**
     * @throws IllegalArgumentException for a feature name that matches nothing or a preparation
     *                                  step that cannot run, with a message naming it
     */
    public CustomerTableResult build(CustomerTableSources sources, CustomerTableParams params, Progress progress) {
        long started = System.nanoTime();
        CustomerTableWindow window = params.window();
        List<CustomerTableWarning> warnings = new ArrayList<>();
        progress.update(0, "Finding the customers");
        CustomerTableResult.CustomerCounts[] counted = new CustomerTableResult.CustomerCounts[1];
        List<String> rows = rows(sources, params, window, counted);

        CustomerTable table = CustomerTable.of(rows);
        if (sources.transactions() != null) {
            table = table.withColumnsOf(new TransactionFeatures().build(sources.transactions(), sources.products(),
                    window, rows, progress.slice(0.05, 0.35)));
        }
        if (sources.events() != null) {
            table = table.withColumnsOf(new EventFeatures().build(sources.events(), params.eventSettings(), rows,
                    progress.slice(0.35, 0.8)));
        }
        AttributeJoinReport joinReport = null;
        if (sources.attributes() != null) {
            progress.update(0.8, "Joining attributes");
            AttributeJoin.Result joined = new AttributeJoin().join(sources.attributes(), rows, window,
                    new HashSet<>(table.featureNames()));
            table = table.withColumnsOf(joined.table());
            joinReport = joined.report();
            if (!joinReport.allMatched() || joinReport.attributeRowsWithoutId() > 0) {
                warnings.add(new CustomerTableWarning(CustomerTableWarning.Kind.UNMATCHED_IDS, List.of(),
                        joinReport.summary()));
            }
        }
        CustomerTableResult result = finish(table, params, joinReport, warnings, counted[0], progress);
        LOG.info("Customer table of {} customers and {} features as of {} ({} days) in {} ms", rows.size(),
                result.table().featureNames().size(), window.asOf(), window.windowDays(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * The customer table from the transaction family computed elsewhere (the SQL pushdown of
     * {@code core.engine}, which gives the rows {@link #build} would give for these transactions
     * alone): the same feature choice, preparation and checks as {@link #build}.
     */
    public CustomerTableResult fromTransactionFeatures(CustomerTable transactionFeatures, CustomerTableParams params,
                                                       Progress progress) {
        // which of the customers were active in the window is the database's to know: no counts
        return finish(transactionFeatures, params, null, new ArrayList<>(), null, progress);
    }

    private CustomerTableResult finish(CustomerTable table, CustomerTableParams params, AttributeJoinReport joinReport,
                                       List<CustomerTableWarning> warnings,
                                       CustomerTableResult.CustomerCounts counts, Progress progress) {
        CustomerTableWindow window = params.window();
        if (table.rowCount() == 0) {
            warnings.add(new CustomerTableWarning(CustomerTableWarning.Kind.NO_CUSTOMERS, List.of(),
                    "no customer has a purchase or an event from " + window.firstDay() + " to " + window.asOf()));
        }
        progress.checkCancelled();

        CustomerTable raw = table.select(chosen(table.featureNames(), params.features()));
        progress.update(0.85, "Preparing features");
        Preparation.Result prepared = new Preparation().fit(raw, params.preparation());
        warnings.addAll(prepared.warnings());
        FeatureDiagnostics diagnostics = new FeatureDiagnostics();
        warnings.addAll(diagnostics.warnings(prepared.table(), progress.slice(0.9, 0.98)));
        CustomerTableResult result = new CustomerTableResult(prepared.table(), raw, prepared.fitted(), window,
                joinReport, warnings, diagnostics.summarize(prepared.table(), FeatureDiagnostics.DEFAULT_BINS),
                counts);
        progress.update(1, "Customer table ready");
        return result;
    }

    /**
     * The customers active in the window in any activity source; when asked, also those the logs
     * know by the as-of day (those whose lines are all zero-value or cancelled, and those last seen
     * long ago, included), and every attribute row, so each known customer gets a row.
     */
    private static List<String> rows(CustomerTableSources sources, CustomerTableParams params,
                                     CustomerTableWindow window, CustomerTableResult.CustomerCounts[] counts) {
        Set<String> ids = new LinkedHashSet<>();
        TransactionFeatures transactions = new TransactionFeatures();
        if (sources.transactions() != null) {
            ids.addAll(transactions.customersWithPurchases(sources.transactions(), window));
        }
        if (sources.events() != null) {
            ids.addAll(sources.events().customersActiveIn(window));
        }
        int active = ids.size();
        int withoutPurchase = 0;
        int longInactive = 0;
        if (params.includeInactive()) {
            CustomerTableWindow history = new CustomerTableWindow(window.asOf(), CustomerTableWindow.MAX_WINDOW_DAYS);
            Set<String> recent = new HashSet<>(ids);
            Set<String> everActive = new HashSet<>();
            Set<String> known = new LinkedHashSet<>();
            if (sources.transactions() != null) {
                recent.addAll(transactions.customersWithPurchases(sources.transactions(), history));
                everActive.addAll(transactions.customersWithPurchasesBy(sources.transactions(), window));
                known.addAll(transactions.customersKnownBy(sources.transactions(), window));
            }
            if (sources.events() != null) {
                recent.addAll(sources.events().customersActiveIn(history));
                everActive.addAll(sources.events().customersKnownBy(window));
                known.addAll(sources.events().customersKnownBy(window));
            }
            for (String id : known) {
                if (!everActive.contains(id)) {
                    withoutPurchase++;
                } else if (!recent.contains(id)) {
                    longInactive++;
                }
            }
            ids.addAll(known);
        }
        boolean activityGiven = sources.transactions() != null || sources.events() != null;
        if (sources.attributes() != null && (!activityGiven || params.includeInactive())) {
            ids.addAll(sources.attributes().customerIds());
        }
        List<String> ordered = CustomerTable.inCustomerOrder(ids);
        counts[0] = new CustomerTableResult.CustomerCounts(active, ordered.size() - active, withoutPurchase,
                longInactive);
        return ordered;
    }

    /**
     * The features to keep, in the order asked, each pattern expanding to its matches in table
     * order; no patterns keeps them all.
     */
    static List<String> chosen(List<String> available, List<String> patterns) {
        if (patterns.isEmpty()) {
            return available;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            Pattern regex = Pattern.compile(Pattern.quote(pattern.strip()).replace("*", "\\E.*\\Q"));
            boolean matched = false;
            for (String name : available) {
                if (regex.matcher(name).matches()) {
                    out.add(name);
                    matched = true;
                }
            }
            if (!matched) {
                throw new IllegalArgumentException("no feature matches '" + pattern + "'; the sources give "
                        + String.join(", ", available));
            }
        }
        return new ArrayList<>(out);
    }
}
