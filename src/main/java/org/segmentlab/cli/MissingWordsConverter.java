package org.segmentlab.cli;

import org.segmentlab.core.data.MissingWords;
import picocli.CommandLine;

/** {@code --missing-words NA,NULL,-} or {@code none}. */
final class MissingWordsConverter implements CommandLine.ITypeConverter<MissingWords> {
    @Override
    public MissingWords convert(String value) {
        return MissingWords.parse(value);
    }
}
