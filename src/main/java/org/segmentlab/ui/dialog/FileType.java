package org.segmentlab.ui.dialog;

import java.util.List;

/** A file filter for open/save choosers, e.g. ("Data files", "*.csv", "*.tsv"). */
public record FileType(String description, List<String> patterns) {

    public FileType {
        patterns = List.copyOf(patterns);
    }

    public static FileType of(String description, String... patterns) {
        return new FileType(description, List.of(patterns));
    }
}
