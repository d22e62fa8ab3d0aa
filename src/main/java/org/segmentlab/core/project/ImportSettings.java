package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.MissingWords;

/**
 * How the project reads one source, as the user settled it. Null fields mean "detect it", as in
 * {@link ImportOptions}; {@code roles} lists only the columns whose guessed role the user changed;
 * {@code missingWords} are the words read as missing values (absent: {@link MissingWords#USUAL}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportSettings(Character delimiter, Boolean header, Boolean dayFirst, String charset,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ColumnRole> roles,
                             List<String> missingWords) {

    public static final ImportSettings DETECT = new ImportSettings(null, null, null, null, Map.of());

    public ImportSettings {
        // Insertion order is kept so the file reads in the order the user set roles.
        roles = roles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        missingWords = missingWords == null ? null : List.copyOf(missingWords);
    }

    /** With the usual missing-value words (absent in the project file). */
    public ImportSettings(Character delimiter, Boolean header, Boolean dayFirst, String charset,
                          Map<String, ColumnRole> roles) {
        this(delimiter, header, dayFirst, charset, roles, null);
    }

    /** These settings with other missing-value words (null: the usual ones). */
    public ImportSettings withMissingWords(List<String> words) {
        return new ImportSettings(delimiter, header, dayFirst, charset, roles, words);
    }

    public static ImportSettings withRoles(Map<String, ColumnRole> roles) {
        return DETECT.withRoleOverrides(roles);
    }

    /** The settings of an import the user just made, to keep in the project. */
    public static ImportSettings from(ImportOptions options) {
        return new ImportSettings(options.delimiter(), options.header(), options.dayFirst(), options.charset(),
                options.roles(), options.missingWords().equals(MissingWords.DEFAULT) ? null
                        : options.missingWords().words());
    }

    /** The options to read this source again from {@code file}. */
    public ImportOptions toImportOptions(Path file) {
        return new ImportOptions(file, delimiter, header, charset, dayFirst, roles,
                missingWords == null ? MissingWords.DEFAULT : MissingWords.of(missingWords));
    }

    public ImportSettings withDelimiter(Character newDelimiter) {
        return new ImportSettings(newDelimiter, header, dayFirst, charset, roles, missingWords);
    }

    public ImportSettings withHeader(Boolean newHeader) {
        return new ImportSettings(delimiter, newHeader, dayFirst, charset, roles, missingWords);
    }

    public ImportSettings withDayFirst(Boolean newDayFirst) {
        return new ImportSettings(delimiter, header, newDayFirst, charset, roles, missingWords);
    }

    public ImportSettings withCharset(String newCharset) {
        return new ImportSettings(delimiter, header, dayFirst, newCharset, roles, missingWords);
    }

    public ImportSettings withRoleOverrides(Map<String, ColumnRole> newRoles) {
        return new ImportSettings(delimiter, header, dayFirst, charset, newRoles, missingWords);
    }

    /** These settings with one more (or a changed) role override. */
    public ImportSettings withRole(String column, ColumnRole role) {
        Map<String, ColumnRole> changed = new LinkedHashMap<>(roles);
        changed.put(column, role);
        return withRoleOverrides(changed);
    }
}
