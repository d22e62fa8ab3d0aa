package org.segmentlab.core.features.rfm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;

/**
 * Which columns of a transaction file hold the customer, the date, the money and the invoice.
 * A null name means "find it": first the column whose role is set (guessed on import or chosen by
 * the user), then a column with one of the usual names, compared case-insensitively and ignoring
 * spaces and underscores (CustomerID / customer_id, InvoiceDate / date, Amount, Quantity,
 * UnitPrice / Price, InvoiceNo / Invoice).
 *
 * <p>The line amount comes from the amount column when there is one (or when it is named);
 * otherwise it is quantity × unit price. When both exist and neither is named, the amount column
 * wins. A quantity column, when present, also marks returns (quantity ≤ 0). Without an invoice
 * column, frequency counts distinct purchase days.
 */
public record TransactionColumns(String customer, String timestamp, String amount, String quantity,
                                 String price, String invoice) {

    private static final List<String> CUSTOMER_NAMES =
            List.of("customerid", "customer", "custid", "customerno", "customernumber", "clientid");
    private static final List<String> TIMESTAMP_NAMES = List.of("invoicedate", "date", "orderdate",
            "transactiondate", "purchasedate", "datetime", "timestamp");
    private static final List<String> AMOUNT_NAMES = List.of("amount", "lineamount", "linetotal",
            "salesamount", "totalamount", "revenue", "sales");
    private static final List<String> QUANTITY_NAMES = List.of("quantity", "qty");
    private static final List<String> PRICE_NAMES = List.of("unitprice", "price");
    private static final List<String> INVOICE_NAMES = List.of("invoiceno", "invoice", "invoiceid",
            "invoicenumber", "orderid", "orderno", "ordernumber", "transactionid");

    /** Every column found by role or name. */
    public static TransactionColumns detect() {
        return new TransactionColumns(null, null, null, null, null, null);
    }

    /** True when the amount is computed as quantity × unit price. */
    public boolean pricedByQuantity() {
        return amount == null && quantity != null && price != null;
    }

    /**
     * The columns to use in a file with these columns: every name filled in as spelt in the file,
     * {@code amount} null when the amount is quantity × price, {@code price} null when there is an
     * amount column, {@code quantity} and {@code invoice} null when the file has none.
     *
     * @param source the file name, for messages
     * @throws MissingColumnException when a named column is absent or a needed one is not found
     */
    /**
     * The import's choice of columns for these: the ones {@link #resolve} picks from the columns as
     * planned, or all of them when it cannot pick (the import then reads everything and the same
     * question, asked again of the table, says what is missing).
     */
    public org.segmentlab.core.data.ColumnChoice asColumnChoice() {
        return planned -> {
            TransactionColumns used;
            try {
                used = resolve(planned, "the file");
            } catch (IllegalArgumentException e) {
                return null;
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            for (String name : new String[] {used.customer(), used.timestamp(), used.amount(), used.quantity(),
                used.price(), used.invoice()}) {
                if (name != null) {
                    names.add(name);
                }
            }
            return names;
        };
    }

    public TransactionColumns resolve(List<ColumnInfo> columns, String source) {
        List<String> names = columns.stream().map(ColumnInfo::name).toList();
        String customerColumn = required(columns, names, source, customer, ColumnRole.CUSTOMER_ID, CUSTOMER_NAMES);
        String timestampColumn = required(columns, names, source, timestamp, ColumnRole.TIMESTAMP, TIMESTAMP_NAMES);
        String invoiceColumn = optional(columns, names, source, invoice, ColumnRole.INVOICE, INVOICE_NAMES);

        String amountColumn;
        String quantityColumn;
        String priceColumn;
        if (amount != null) {
            amountColumn = named(names, source, amount, ColumnRole.AMOUNT);
            quantityColumn = optional(columns, names, source, quantity, ColumnRole.QUANTITY, QUANTITY_NAMES);
            priceColumn = null;
        } else if (quantity != null || price != null) {
            amountColumn = null;
            quantityColumn = required(columns, names, source, quantity, ColumnRole.QUANTITY, QUANTITY_NAMES);
            priceColumn = required(columns, names, source, price, ColumnRole.UNIT_PRICE, PRICE_NAMES);
        } else {
            amountColumn = optional(columns, names, source, null, ColumnRole.AMOUNT, AMOUNT_NAMES);
            quantityColumn = optional(columns, names, source, null, ColumnRole.QUANTITY, QUANTITY_NAMES);
            priceColumn = amountColumn != null ? null
                    : optional(columns, names, source, null, ColumnRole.UNIT_PRICE, PRICE_NAMES);
            if (amountColumn == null && (quantityColumn == null || priceColumn == null)) {
                ColumnRole lacking = quantityColumn == null && priceColumn == null ? ColumnRole.AMOUNT
                        : quantityColumn == null ? ColumnRole.QUANTITY : ColumnRole.UNIT_PRICE;
                throw new MissingColumnException(source, lacking, null, names);
            }
        }
        return new TransactionColumns(customerColumn, timestampColumn, amountColumn, quantityColumn,
                priceColumn, invoiceColumn);
    }

    private static String required(List<ColumnInfo> columns, List<String> names, String source, String given,
                                   ColumnRole role, List<String> usualNames) {
        String found = optional(columns, names, source, given, role, usualNames);
        if (found == null) {
            throw new MissingColumnException(source, role, null, names);
        }
        return found;
    }

    private static String optional(List<ColumnInfo> columns, List<String> names, String source, String given,
                                   ColumnRole role, List<String> usualNames) {
        if (given != null) {
            return named(names, source, given, role);
        }
        Optional<String> byRole = columns.stream().filter(c -> c.role() == role).map(ColumnInfo::name).findFirst();
        if (byRole.isPresent()) {
            return byRole.get();
        }
        for (String usual : usualNames) {
            for (String name : names) {
                if (simplified(name).equals(usual)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String named(List<String> names, String source, String given, ColumnRole role) {
        for (String name : names) {
            if (name.equals(given)) {
                return name;
            }
        }
        for (String name : names) {
            if (name.equalsIgnoreCase(given.strip())) {
                return name;
            }
        }
        throw new MissingColumnException(source, role, given, names);
    }

    private static String simplified(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
