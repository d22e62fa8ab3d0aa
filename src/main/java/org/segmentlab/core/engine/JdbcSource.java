package org.segmentlab.core.engine;

import java.util.Objects;

/**
 * A table or query in a database reached through JDBC. The password is never held here: only the
 * name of the environment variable that holds it, read when connecting, so a project file or a log
 * line that shows this record shows no secret.
 *
 * @param url         the JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/shop}
 * @param table       a table (or view) name, possibly schema-qualified ({@code sales.lines}); null when {@code query} is given
 * @param query       a SELECT whose rows are the lines; null when {@code table} is given
 * @param user        the user name, or null (then the URL or the driver decides)
 * @param passwordEnv the environment variable holding the password, or null for none
 */
public record JdbcSource(String url, String table, String query, String user, String passwordEnv) {

    public JdbcSource {
        Objects.requireNonNull(url, "url");
        if ((table == null) == (query == null)) {
            throw new IllegalArgumentException("give either a table or a query for " + url);
        }
    }

    /** The source as a relation in FROM: the quoted table name, or the query in parentheses with an alias. */
    public String relation(SqlDialect dialect) {
        if (query != null) {
            String q = query.strip();
            while (q.endsWith(";")) {
                q = q.substring(0, q.length() - 1).strip();
            }
            return "(" + q + ") src";
        }
        return qualifiedName(table, dialect);
    }

    /** A table name with optional schema parts; parts that are not plain names are quoted. */
    public static String qualifiedName(String name, SqlDialect dialect) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.strip().split("\\.")) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            // a plain name is left as typed, so the database folds its case as it always does
            sb.append(part.matches("[A-Za-z_][A-Za-z0-9_]*") ? part : dialect.quote(part));
        }
        return sb.toString();
    }

    /** The source in the user's words, for messages: the table name or "query". */
    public String describe() {
        return table != null ? "table " + table : "query";
    }
}
