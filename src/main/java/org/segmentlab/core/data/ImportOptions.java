package org.segmentlab.core.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to read one file. Null fields mean "detect it": delimiter, header row, charset, day/month order.
 *
 * @param roles    role overrides by column name; columns not named keep the guessed role
 * @param dayFirst for ambiguous dates like 03/04/2011: true = day first, false = month first, null = decide from the data
 */
public record ImportOptions(Path file, Character delimiter, Boolean header, String charset,
                            Boolean dayFirst, Map<String, ColumnRole> roles) {

    public ImportOptions {
        Objects.requireNonNull(file, "file");
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    public static ImportOptions of(Path file) {
        return new ImportOptions(file, null, null, null, null, Map.of());
    }

    public ImportOptions withRoles(Map<String, ColumnRole> newRoles) {
        return new ImportOptions(file, delimiter, header, charset, dayFirst, newRoles);
    }

    public ImportOptions withDelimiter(Character newDelimiter) {
        return new ImportOptions(file, newDelimiter, header, charset, dayFirst, roles);
    }

    public ImportOptions withHeader(Boolean newHeader) {
        return new ImportOptions(file, delimiter, newHeader, charset, dayFirst, roles);
    }

    public ImportOptions withDayFirst(Boolean newDayFirst) {
        return new ImportOptions(file, delimiter, header, charset, newDayFirst, roles);
    }
}
