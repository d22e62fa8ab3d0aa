package org.segmentlab.core.engine;

import java.util.Objects;
import org.segmentlab.core.features.rfm.TransactionColumns;

/**
 * Transaction lines as the database sees them: a relation ({@code from}, a table name, a
 * parenthesised query with an alias, or a table function such as DuckDB's {@code read_csv(…)}) and
 * one SQL expression per field, already in our import rules (ids normalised, missing words as NULL,
 * dates as whole days since 1970-01-01, the amount as quantity × price where there is no amount column).
 *
 * @param customer  id text, NULL when missing
 * @param day       days since 1970-01-01 of the line's date, NULL when missing or unreadable
 * @param amount    the line amount as a floating number, NULL when missing
 * @param quantity  the quantity, or null when the source has none (then returns are only told by
 *                  invoice and sign)
 * @param invoice   invoice id text, or null when the source has none (frequency then counts purchase days)
 * @param product   product id text, or null when the source has none (no distinct_products)
 * @param columns   the source columns these expressions read (for messages and the summary)
 * @param source    the source in the user's words (file name, table, "query"), for messages
 */
public record TransactionLines(String from, String customer, String day, String amount, String quantity,
                               String invoice, String product, TransactionColumns columns, String source) {

    public TransactionLines {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(amount, "amount");
    }

    public boolean hasQuantity() {
        return quantity != null;
    }

    public boolean hasInvoices() {
        return invoice != null;
    }

    public boolean hasProducts() {
        return product != null;
    }
}
