package org.segmentlab.core.data;

import org.segmentlab.core.Progress;

/** Reads a delimited text file into an {@link ImportedTable}, with sniffing, type and role detection. */
public final class TableImporter {

    public ImportedTable read(ImportOptions options, Progress progress) throws DataFileException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
