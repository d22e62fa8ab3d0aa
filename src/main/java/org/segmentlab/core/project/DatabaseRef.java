package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.function.Function;
import org.segmentlab.core.engine.JdbcSource;

/**
 * Where a data source lives when it is a database table or query. The project file keeps the URL,
 * the table or query, the user name and the name of the environment variable holding the password;
 * never the password itself.
 *
 * @param url            the JDBC URL
 * @param table          the table or view (schema.table), or null when {@code query} is given
 * @param query          a SELECT giving the rows, or null when {@code table} is given
 * @param user           the user name, or null
 * @param passwordEnv    the environment variable holding the password, or null
 * @param passwordPrompt true when the password is typed by the user (asked once per session), not
 *                       taken from an environment variable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"url", "table", "query", "user", "passwordEnv", "passwordPrompt"})
public record DatabaseRef(String url, String table, String query, String user, String passwordEnv,
                          Boolean passwordPrompt) {

    /** The environment key under which a typed password is handed to the connection; never saved. */
    private static final String TYPED_PASSWORD_KEY = "\u0000segmentlab-typed-password";

    private static final java.util.regex.Pattern PASSWORD_IN_URL =
            java.util.regex.Pattern.compile("(?i)([?&;])(password|pwd)=([^&;]*)");

    /**
     * PostgreSQL driver parameters that name classes to load or files to write: a project file from
     * someone else must not make the workbench run code or write files by opening it.
     */
    private static final java.util.regex.Pattern CODE_LOADING_PARAMETER = java.util.regex.Pattern.compile(
            "(?i)([?&;])(socketFactory|socketFactoryArg|sslfactory|sslfactoryarg|sslhostnameverifier"
                    + "|sslpasswordcallback|authenticationPluginClassName|loggerFile|loggerLevel)=");

    public DatabaseRef {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a database source needs a JDBC URL");
        }
        java.util.regex.Matcher loads = CODE_LOADING_PARAMETER.matcher(url);
        if (loads.find()) {
            throw new IllegalArgumentException("the JDBC URL's parameter '" + loads.group(2)
                    + "' makes the driver load classes or write files; a project does not connect with it");
        }
        if (PASSWORD_IN_URL.matcher(url).find()) {
            throw new IllegalArgumentException("the JDBC URL holds a password; give it apart, so the project does not keep it");
        }
        if ((table == null || table.isBlank()) == (query == null || query.isBlank())) {
            throw new IllegalArgumentException("a database source needs either a table or a query");
        }
        table = table == null || table.isBlank() ? null : table.strip();
        query = query == null || query.isBlank() ? null : query.strip();
        user = user == null || user.isBlank() ? null : user.strip();
        passwordEnv = passwordEnv == null || passwordEnv.isBlank() ? null : passwordEnv.strip();
        passwordPrompt = Boolean.TRUE.equals(passwordPrompt) && passwordEnv == null ? Boolean.TRUE : null;
    }

    /** A JDBC URL with any password parameter taken out of it, and that password (null when there was none). */
    public record SplitUrl(String url, String password) {
    }

    /** Takes {@code password=} (or {@code pwd=}) parameters out of a JDBC URL, so they are not saved with the URL. */
    public static SplitUrl splitPassword(String url) {
        if (!PASSWORD_IN_URL.matcher(url).find()) {
            return new SplitUrl(url, null);
        }
        int q = url.indexOf('?');
        char separator = q >= 0 ? '&' : ';';
        int cut = q >= 0 ? q : url.indexOf(';');
        String base = url.substring(0, cut);
        String password = null;
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String param : url.substring(cut + 1).split(java.util.regex.Pattern.quote(String.valueOf(separator)))) {
            String lower = param.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("password=") || lower.startsWith("pwd=")) {
                password = java.net.URLDecoder.decode(param.substring(param.indexOf('=') + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            } else if (!param.isEmpty()) {
                kept.add(param);
            }
        }
        String rest = kept.isEmpty() ? base : base + (q >= 0 ? "?" : ";") + String.join(String.valueOf(separator), kept);
        return new SplitUrl(rest, password);
    }

    /** Whether the user types the password (once per session). */
    public boolean asksForPassword() {
        return Boolean.TRUE.equals(passwordPrompt);
    }

    /** The name the workbench shows and the project uses as the source's path: the table, or "query". */
    public String displayName() {
        return table != null ? table : "query";
    }

    /** The source as the engine reads it, with the password (if any) from the environment variable. */
    public JdbcSource jdbcSource() {
        return new JdbcSource(url, table, query, user, passwordEnv);
    }

    /**
     * The source with a typed password, and the environment to connect with: the typed password
     * (null for none) stands under a private key; other names are looked up in {@code environment}.
     */
    public Connection connection(String typedPassword, Function<String, String> environment) {
        Objects.requireNonNull(environment);
        if (typedPassword == null || passwordEnv != null) {
            return new Connection(jdbcSource(), environment);
        }
        return new Connection(new JdbcSource(url, table, query, user, TYPED_PASSWORD_KEY),
                name -> TYPED_PASSWORD_KEY.equals(name) ? typedPassword : environment.apply(name));
    }

    /** A source and the environment to connect to it with. */
    public record Connection(JdbcSource source, Function<String, String> environment) {
    }
}
