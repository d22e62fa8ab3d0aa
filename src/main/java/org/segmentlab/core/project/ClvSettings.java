package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.segmentlab.core.clv.ClvOptions;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.features.rfm.TransactionColumns;

/**
 * The customer-lifetime-value model of a project. Null fields take the defaults of {@code segmentlab clv}.
 *
 * @param sourceId        the transactions source; null = the project's first transactions source
 * @param asOf            last calibration day, included; null = the last purchase day in the data
 * @param holdoutEnd      last holdout day, included; null = no holdout check
 * @param timeUnit        null = week
 * @param model           null = BG/NBD
 * @param penalizer       null = 0
 * @param horizonDays     null = 365
 * @param discountMonthly null = 0.01
 * @param margin          null = 1.0
 * @param columns         column chosen per part of a transaction, as in {@link RfmSettings#columns()}
 * @param seed            seed of the supervised comparison's regression; null = {@value #DEFAULT_SEED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"sourceId", "asOf", "holdoutEnd", "timeUnit", "model", "penalizer", "horizonDays",
    "discountMonthly", "margin", "columns", "seed"})
public record ClvSettings(String sourceId, LocalDate asOf, LocalDate holdoutEnd, TimeUnit timeUnit,
                          PurchaseModelKind model, Double penalizer, Double horizonDays, Double discountMonthly,
                          Double margin, Map<String, String> columns, Long seed) {

    public static final ClvSettings DEFAULTS = new ClvSettings(null, null, null, null, null, null, null, null, null,
            null, null);
    /** The seed of the supervised comparison's regression when the project gives none. */
    public static final long DEFAULT_SEED = 42;

    public ClvSettings {
        // sorted, so that the same settings always write the same project file
        columns = columns == null || columns.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(columns));
        toOptions();
    }

    /** The options these settings stand for, defaults filled in. */
    public ClvOptions toOptions() {
        ClvOptions d = ClvOptions.defaults();
        return new ClvOptions(asOf, holdoutEnd, timeUnit == null ? d.timeUnit() : timeUnit,
                model == null ? d.model() : model, penalizer == null ? d.penalizer() : penalizer,
                horizonDays == null ? d.horizonDays() : horizonDays,
                discountMonthly == null ? d.discountMonthly() : discountMonthly, margin == null ? d.margin() : margin);
    }

    /** The transaction columns to read: those chosen, the rest found by role and name. */
    public TransactionColumns transactionColumns() {
        Map<String, String> c = columns == null ? Map.of() : columns;
        return new TransactionColumns(c.get("customer"), c.get("timestamp"), c.get("amount"), c.get("quantity"),
                c.get("price"), c.get("invoice"));
    }

    public ClvSettings withAsOf(LocalDate day) {
        return new ClvSettings(sourceId, day, holdoutEnd, timeUnit, model, penalizer, horizonDays, discountMonthly,
                margin, columns, seed);
    }

    public ClvSettings withHoldoutEnd(LocalDate day) {
        return new ClvSettings(sourceId, asOf, day, timeUnit, model, penalizer, horizonDays, discountMonthly,
                margin, columns, seed);
    }

    public ClvSettings withTimeUnit(TimeUnit unit) {
        return new ClvSettings(sourceId, asOf, holdoutEnd, unit, model, penalizer, horizonDays, discountMonthly,
                margin, columns, seed);
    }

    public ClvSettings withModel(PurchaseModelKind kind) {
        return new ClvSettings(sourceId, asOf, holdoutEnd, timeUnit, kind, penalizer, horizonDays, discountMonthly,
                margin, columns, seed);
    }

    /** The seed of the supervised comparison, the default filled in. */
    public long comparisonSeed() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    public ClvSettings withSeed(Long value) {
        return new ClvSettings(sourceId, asOf, holdoutEnd, timeUnit, model, penalizer, horizonDays, discountMonthly,
                margin, columns, value);
    }

    public ClvSettings withSourceId(String id) {
        return new ClvSettings(id, asOf, holdoutEnd, timeUnit, model, penalizer, horizonDays, discountMonthly,
                margin, columns, seed);
    }
}
