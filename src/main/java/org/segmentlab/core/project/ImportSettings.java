package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;

/**
 * How the project reads one source, as the user settled it. Null fields mean "detect it", as in
 * {@link ImportOptions}; {@code roles} lists only the columns whose guessed role the user changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportSettings(Character delimiter, Boolean header, Boolean dayFirst, String charset,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ColumnRole> roles) {

    public static final ImportSettings DETECT = new ImportSettings(null, null, null, null, Map.of());

    public ImportSettings {
        // Insertion order is kept so the file reads in the order the user set roles.
        roles = roles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    public static ImportSettings withRoles(Map<String, ColumnRole> roles) {
        return DETECT.withRoleOverrides(roles);
    }

    /** The settings of an import the user just made, to keep in the project. */
    public static ImportSettings from(ImportOptions options) {
        return new ImportSettings(options.delimiter(), options.header(), options.dayFirst(), options.charset(),
                options.roles());
    }

    /** The options to read this source again from {@code file}. */
    public ImportOptions toImportOptions(Path file) {
        return new ImportOptions(file, delimiter, header, charset, dayFirst, roles);
    }

    public ImportSettings withDelimiter(Character newDelimiter) {
        return new ImportSettings(newDelimiter, header, dayFirst, charset, roles);
    }

    public ImportSettings withHeader(Boolean newHeader) {
        return new ImportSettings(delimiter, newHeader, dayFirst, charset, roles);
    }

    public ImportSettings withDayFirst(Boolean newDayFirst) {
        return new ImportSettings(delimiter, header, newDayFirst, charset, roles);
    }

    public ImportSettings withCharset(String newCharset) {
        return new ImportSettings(delimiter, header, dayFirst, newCharset, roles);
    }

    public ImportSettings withRoleOverrides(Map<String, ColumnRole> newRoles) {
        return new ImportSettings(delimiter, header, dayFirst, charset, newRoles);
    }

    /** These settings with one more (or a changed) role override. */
    public ImportSettings withRole(String column, ColumnRole role) {
        Map<String, ColumnRole> changed = new LinkedHashMap<>(roles);
        changed.put(column, role);
        return withRoleOverrides(changed);
    }
}
