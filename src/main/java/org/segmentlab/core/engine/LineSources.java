package org.segmentlab.core.engine;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.transactions.TransactionProducts;

/**
 * {@link TransactionLines} over a typed relation: a database table or query, or a Parquet file
 * read by DuckDB. The columns are found as for files ({@link TransactionColumns}: named, else by the
 * usual names); each is turned into our form by its database type: numeric ids lose a zero
 * fraction, text ids are trimmed, dates and timestamps become day numbers, numbers in seconds
 * since 1970 are taken as epoch times.
 */
public final class LineSources {

    private LineSources() {
    }

    /**
     * @param relation      the relation in FROM (a quoted table, {@code (query) src}, {@code read_parquet('…')})
     * @param source        the source in the user's words, for messages
     * @param productColumn the product column, or null to find one by its usual names (none is fine)
     * @throws org.segmentlab.core.features.rfm.MissingColumnException when a needed column is not found
     */
    public static TransactionLines typed(Engine engine, String relation, String source, TransactionColumns wanted,
                                         String productColumn) {
        return typed(engine.dialect(), engine.columnsOf(relation), relation, source, wanted, productColumn);
    }

    /**
     * The same from a relation's columns known beforehand (for SQL that another runtime executes,
     * e.g. Spark: the text is generated here, the rows come back there).
     */
    public static TransactionLines typed(SqlDialect d, List<Engine.SourceColumn> columns, String relation, String source,
                                         TransactionColumns wanted, String productColumn) {
        List<ColumnInfo> infos = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Engine.SourceColumn c = columns.get(i);
            infos.add(new ColumnInfo(c.name(), i, typeOf(c), null, null, 0));
        }
        TransactionColumns used = wanted.resolve(infos, source);
        String product = productColumn != null ? exactName(infos, productColumn, source) : TransactionProducts.find(infos);

        String customer = id(d, column(columns, used.customer()));
        String day = day(d, column(columns, used.timestamp()), source);
        String quantity = used.quantity() == null ? null : d.asDouble(d.quote(used.quantity()));
        String amount = used.amount() != null ? d.asDouble(d.quote(used.amount()))
                : "(" + quantity + " * " + d.asDouble(d.quote(used.price())) + ")";
        String invoice = used.invoice() == null ? null : id(d, column(columns, used.invoice()));
        String productExpr = product == null ? null
                : "NULLIF(TRIM(" + d.asText(d.quote(product)) + "), '')";
        return new TransactionLines(relation, customer, day, amount, quantity, invoice, productExpr, used, source);
    }

    static ColumnType typeOf(Engine.SourceColumn c) {
        switch (c.jdbcType()) {
            case Types.TINYINT:
            case Types.SMALLINT:
            case Types.INTEGER:
            case Types.BIGINT:
                return ColumnType.INTEGER;
            case Types.DECIMAL:
            case Types.NUMERIC:
            case Types.REAL:
            case Types.FLOAT:
            case Types.DOUBLE:
                return ColumnType.DECIMAL;
            case Types.BOOLEAN:
            case Types.BIT:
                return ColumnType.BOOLEAN;
            case Types.DATE:
                return ColumnType.DATE;
            case Types.TIMESTAMP:
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return ColumnType.DATE_TIME;
            default:
                String name = c.typeName() == null ? "" : c.typeName().toUpperCase(Locale.ROOT);
                if (name.startsWith("TIMESTAMP")) {
                    return ColumnType.DATE_TIME;
                }
                return ColumnType.TEXT;
        }
    }

    private static String id(SqlDialect d, Engine.SourceColumn c) {
        String col = d.quote(c.name());
        ColumnType type = typeOf(c);
        if (type == ColumnType.INTEGER) {
            return d.asText(col);
        }
        if (type == ColumnType.DECIMAL) {
            return d.numericId(col);
        }
        return d.normalisedId(d.asText(col));
    }

    private static String day(SqlDialect d, Engine.SourceColumn c, String source) {
        String col = d.quote(c.name());
        switch (typeOf(c)) {
            case DATE:
            case DATE_TIME:
                return d.epochDay(col);
            case INTEGER:
            case DECIMAL:
                return d.epochDayOfSeconds(col);
            case TEXT:
                return d.epochDay("CAST(" + col + " AS TIMESTAMP)");
            default:
                throw new IllegalArgumentException(source + ": column '" + c.name() + "' does not hold dates (its type is "
                        + c.typeName() + ")");
        }
    }

    private static Engine.SourceColumn column(List<Engine.SourceColumn> columns, String name) {
        for (Engine.SourceColumn c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("column " + name + " vanished");
    }

    private static String exactName(List<ColumnInfo> infos, String wanted, String source) {
        for (ColumnInfo c : infos) {
            if (c.name().equalsIgnoreCase(wanted.strip())) {
                return c.name();
            }
        }
        throw new IllegalArgumentException(source + ": no product column '" + wanted + "'; columns are "
                + infos.stream().map(ColumnInfo::name).toList());
    }
}
