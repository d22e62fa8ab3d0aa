package org.segmentlab.core.clv;

import java.nio.file.Path;
import java.time.LocalDate;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.testing.SharedDatasets;

/** The CDNOW 1/10 sample as the published analyses use it: calibration to 1997-09-30, in weeks. */
final class CdnowSample {

    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private CdnowSample() {
    }

    static TransactionLog log() throws DataFileException {
        Path file = SharedDatasets.require("cdnow/CDNOW_sample.txt");
        return TransactionLog.from(new TableImporter().read(ImportOptions.of(file), Progress.none()),
                new TransactionColumns("column_2", "column_3", "column_5", null, null, null), Progress.none());
    }

    static CustomerSummary summary() throws DataFileException {
        return new CustomerSummaryBuilder().summarize(log(), CALIBRATION_END, HOLDOUT_END, TimeUnit.WEEK,
                Progress.none());
    }
}
