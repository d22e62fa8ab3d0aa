package org.segmentlab.core.data;

import java.util.List;
import java.util.Set;

/**
 * Which columns of a delimited file the import reads into the table, chosen once the sample has given
 * each column its name, type and role. The others are still split off each line (and a line with
 * the wrong number of fields is still rejected) but their values are neither parsed nor kept, and the
 * import report says which were left out. A command that needs a few columns of a wide file (RFM needs
 * five of Online Retail's eight) saves the parsing and the dictionaries of the rest.
 */
@FunctionalInterface
public interface ColumnChoice {

    /** Every column: what the workbench and most commands read. */
    ColumnChoice ALL = planned -> null;

    /**
     * The names of the columns to read, from the columns as planned from the sample (in file order,
     * with no values counted yet); null for all of them.
     */
    Set<String> columnsToRead(List<ColumnInfo> planned);
}
