package org.segmentlab.core.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to read one file. Null fields mean "detect it": delimiter, header row, charset, day/month order.
 *
 * @param roles    role overrides by column name; columns not named keep the guessed role
 * @param missingWords words read as missing values in every column (null: {@link MissingWords#DEFAULT})
 * @param dayFirst for ambiguous dates like 03/04/2011: true = day first, false = month first, null = decide from the data
 */
public record ImportOptions(Path file, Character delimiter, Boolean header, String charset,
                            Boolean dayFirst, Map<String, ColumnRole> roles, MissingWords missingWords) {

    public ImportOptions {
        Objects.requireNonNull(file, "file");
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        missingWords = missingWords == null ? MissingWords.DEFAULT : missingWords;
    }

    /** With the usual missing-value words. */
    public ImportOptions(Path file, Character delimiter, Boolean header, String charset,
                         Boolean dayFirst, Map<String, ColumnRole> roles) {
        this(file, delimiter, header, charset, dayFirst, roles, MissingWords.DEFAULT);
    }

    /** The same options for another file (a source whose file was moved). */
    public ImportOptions withFile(Path newFile) {
        return new ImportOptions(newFile, delimiter, header, charset, dayFirst, roles, missingWords);
    }

    public static ImportOptions of(Path file) {
        return new ImportOptions(file, null, null, null, null, Map.of());
    }

    public ImportOptions withMissingWords(MissingWords words) {
        return new ImportOptions(file, delimiter, header, charset, dayFirst, roles, words);
    }

    public ImportOptions withRoles(Map<String, ColumnRole> newRoles) {
        return new ImportOptions(file, delimiter, header, charset, dayFirst, newRoles, missingWords);
    }

    public ImportOptions withDelimiter(Character newDelimiter) {
        return new ImportOptions(file, newDelimiter, header, charset, dayFirst, roles, missingWords);
    }

    public ImportOptions withHeader(Boolean newHeader) {
        return new ImportOptions(file, delimiter, newHeader, charset, dayFirst, roles, missingWords);
    }

    public ImportOptions withDayFirst(Boolean newDayFirst) {
        return new ImportOptions(file, delimiter, header, charset, newDayFirst, roles, missingWords);
    }
}
