package org.segmentlab.core.features.rfm;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportedTable;

/**
 * Transaction lines held as primitive columns: the shape RFM and the other per-customer features
 * read in one pass. Customer ids and invoice ids are dictionary codes; times are seconds since
 * 1970-01-01T00:00 of the local date-time as written in the file (no time zone is applied, so a
 * line's day is {@code floorDiv(time, 86400)}, its {@code LocalDate.toEpochDay()}).
 *
 * <p>Lines without a customer id are not kept; they are counted in {@link #linesWithoutCustomerId()}.
 * A missing time is {@link #MISSING_TIME}, a missing amount or quantity is NaN, a missing invoice is -1.
 * Instances are immutable once built.
 */
public final class TransactionLog {

    /** The time of a line whose date is missing. */
    public static final long MISSING_TIME = Long.MIN_VALUE;

    static final long SECONDS_PER_DAY = 86_400L;

    private final int size;
    private final int[] customer;
    private final String[] customerIds;
    private final long[] time;
    private final double[] amount;
    private final double[] quantity;
    private final int[] invoice;
    private final String[] invoiceIds;
    private final long linesWithoutCustomerId;
    private final TransactionColumns columns;

    private TransactionLog(Builder b, TransactionColumns columns) {
        this.size = b.size;
        // Arrays already of the right length are taken as they are: a 10-million-line log must
        // not be held twice.
        this.customer = b.customer.length == b.size ? b.customer : Arrays.copyOf(b.customer, b.size);
        this.customerIds = b.customerIds.toArray(new String[0]);
        this.time = b.time.length == b.size ? b.time : Arrays.copyOf(b.time, b.size);
        this.amount = b.amount.length == b.size ? b.amount : Arrays.copyOf(b.amount, b.size);
        this.quantity = b.quantity == null || b.quantity.length == b.size ? b.quantity : Arrays.copyOf(b.quantity, b.size);
        this.invoice = b.invoice == null || b.invoice.length == b.size ? b.invoice : Arrays.copyOf(b.invoice, b.size);
        this.invoiceIds = b.invoice == null ? null : b.invoiceIds.toArray(new String[0]);
        this.linesWithoutCustomerId = b.linesWithoutCustomerId;
        this.columns = columns;
    }

    /**
     * Reads the transaction columns of an imported table. Column names not given in
     * {@code columns} are found by role, then by the usual names (see {@link TransactionColumns}).
     * Without an amount column the line amount is quantity × unit price.
     *
     * @throws MissingColumnException when a named column is absent or a needed one cannot be found
     * @throws IllegalArgumentException when a column has a type that cannot serve its purpose
     */
    public static TransactionLog from(ImportedTable imported, TransactionColumns columns, Progress progress) {
        return ImportedTransactions.read(imported, columns, progress);
    }

    /** A builder for lines where each line has an amount; quantity is optional (NaN when unknown). */
    public static Builder builder(boolean withQuantity, boolean withInvoices) {
        return new Builder(withQuantity, withInvoices, 1024);
    }

    public static Builder builder(boolean withQuantity, boolean withInvoices, int expectedLines) {
        return new Builder(withQuantity, withInvoices, expectedLines);
    }

    /** Number of lines kept (lines without a customer id are not kept). */
    public int size() {
        return size;
    }

    /** Lines read, including those without a customer id. */
    public long linesRead() {
        return size + linesWithoutCustomerId;
    }

    public long linesWithoutCustomerId() {
        return linesWithoutCustomerId;
    }

    /** Number of distinct customer ids. */
    public int customerCount() {
        return customerIds.length;
    }

    public int customerCode(int line) {
        return customer[line];
    }

    public String customerId(int code) {
        return customerIds[code];
    }

    public long time(int line) {
        return time[line];
    }

    public double amount(int line) {
        return amount[line];
    }

    public boolean hasQuantity() {
        return quantity != null;
    }

    /** The quantity of a line; NaN when the log has no quantity column. */
    public double quantity(int line) {
        return quantity == null ? Double.NaN : quantity[line];
    }

    public boolean hasInvoices() {
        return invoice != null;
    }

    /** The invoice code of a line, -1 when the line has none or the log has no invoice column. */
    public int invoiceCode(int line) {
        return invoice == null ? -1 : invoice[line];
    }

    public String invoiceId(int code) {
        return invoiceIds[code];
    }

    public int invoiceCount() {
        return invoiceIds == null ? 0 : invoiceIds.length;
    }

    /** The columns the lines were read from (null when the log was built by hand). */
    public TransactionColumns columns() {
        return columns;
    }

    /** Seconds since 1970-01-01T00:00 for a local date-time, the unit of {@link #time(int)}. */
    public static long timeOf(LocalDateTime dateTime) {
        return dateTime.toEpochSecond(ZoneOffset.UTC);
    }

    /** Collects lines into growing primitive arrays. */
    public static final class Builder {
        private int size;
        private int[] customer;
        private final List<String> customerIds = new ArrayList<>();
        private final Map<String, Integer> customerCodes = new HashMap<>();
        private long[] time;
        private double[] amount;
        private double[] quantity;
        private int[] invoice;
        private final List<String> invoiceIds = new ArrayList<>();
        private final Map<String, Integer> invoiceCodes = new HashMap<>();
        private long linesWithoutCustomerId;
        private TransactionColumns columns;

        private Builder(boolean withQuantity, boolean withInvoices, int expectedLines) {
            int capacity = Math.max(16, expectedLines);
            customer = new int[capacity];
            time = new long[capacity];
            amount = new double[capacity];
            quantity = withQuantity ? new double[capacity] : null;
            invoice = withInvoices ? new int[capacity] : null;
        }

        /** Adds a line with an amount; a null or blank customer id only counts the line as dropped. */
        public Builder add(String customerId, long time, double amount, double quantity, String invoiceId) {
            int code = customerCode(customerId);
            if (code < 0) {
                linesWithoutCustomerId++;
                return this;
            }
            return addCoded(code, time, amount, quantity, invoiceCode(invoiceId));
        }

        /** Adds a line at a local date-time (null when the date is missing). */
        public Builder add(String customerId, LocalDateTime time, double amount, double quantity, String invoiceId) {
            return add(customerId, time == null ? MISSING_TIME : timeOf(time), amount, quantity, invoiceId);
        }

        /** Adds a line priced as quantity × unit price. */
        public Builder addPriced(String customerId, LocalDateTime time, double quantity, double unitPrice,
                                 String invoiceId) {
            return add(customerId, time, quantity * unitPrice, quantity, invoiceId);
        }

        /** Counts a line that has no customer id (it is not kept). */
        public Builder addWithoutCustomer() {
            linesWithoutCustomerId++;
            return this;
        }

        /** The dictionary code of a customer id, added when new; -1 for a null or blank id. */
        public int customerCode(String customerId) {
            if (customerId == null) {
                return -1;
            }
            String id = customerId.strip();
            if (id.isEmpty()) {
                return -1;
            }
            Integer code = customerCodes.get(id);
            if (code == null) {
                code = customerIds.size();
                customerIds.add(id);
                customerCodes.put(id, code);
            }
            return code;
        }

        /** The dictionary code of an invoice id, added when new; -1 for a null or blank id or no invoice column. */
        public int invoiceCode(String invoiceId) {
            if (invoice == null || invoiceId == null) {
                return -1;
            }
            String id = invoiceId.strip();
            if (id.isEmpty()) {
                return -1;
            }
            Integer code = invoiceCodes.get(id);
            if (code == null) {
                code = invoiceIds.size();
                invoiceIds.add(id);
                invoiceCodes.put(id, code);
            }
            return code;
        }

        /** Adds a line by codes from {@link #customerCode} and {@link #invoiceCode}: the fast path for bulk input. */
        public Builder addCoded(int customerCode, long time, double amount, double quantity, int invoiceCode) {
            if (customer == null) {
                throw new IllegalStateException("this builder has already built its log");
            }
            if (customerCode < 0 || customerCode >= customerIds.size()) {
                throw new IllegalArgumentException("unknown customer code " + customerCode);
            }
            if (invoiceCode < -1 || invoiceCode >= invoiceIds.size()) {
                throw new IllegalArgumentException("unknown invoice code " + invoiceCode);
            }
            if (size == customer.length) {
                grow();
            }
            customer[size] = customerCode;
            this.time[size] = time;
            this.amount[size] = amount;
            if (this.quantity != null) {
                this.quantity[size] = quantity;
            }
            if (invoice != null) {
                invoice[size] = invoiceCode;
            }
            size++;
            return this;
        }

        Builder columns(TransactionColumns used) {
            this.columns = used;
            return this;
        }

        private void grow() {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, customer.length * 3L / 2 + 16);
            customer = Arrays.copyOf(customer, capacity);
            time = Arrays.copyOf(time, capacity);
            amount = Arrays.copyOf(amount, capacity);
            if (quantity != null) {
                quantity = Arrays.copyOf(quantity, capacity);
            }
            if (invoice != null) {
                invoice = Arrays.copyOf(invoice, capacity);
            }
        }

        /** Builds the log; the builder cannot be used afterwards, since the log may share its arrays. */
        public TransactionLog build() {
            if (customer == null) {
                throw new IllegalStateException("this builder has already built its log");
            }
            TransactionLog log = new TransactionLog(this, columns);
            customer = null;
            time = null;
            amount = null;
            quantity = null;
            invoice = null;
            return log;
        }
    }
}
