package org.segmentlab.ui.data;

import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;

/** How the Data step reads a file; the workbench uses {@link TableImporter}, tests a fake. */
@FunctionalInterface
public interface DataReader {

    ImportedTable read(ImportOptions options, Progress progress) throws DataFileException;

    static DataReader tableImporter() {
        TableImporter importer = new TableImporter();
        return importer::read;
    }
}
