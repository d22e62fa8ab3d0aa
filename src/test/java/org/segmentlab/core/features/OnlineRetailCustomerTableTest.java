package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionProducts;
import org.segmentlab.testing.SharedDatasets;

/** UCI Online Retail (541,909 lines, 2010-12-01 to 2011-12-09). */
class OnlineRetailCustomerTableTest {

    @Test
    void fourHundredDaysAsOfDecemberTenthCoverEveryBuyer() throws Exception {
        Path file = SharedDatasets.require("online-retail/online_retail_combined.csv");
        ImportedTable imported = new TableImporter().read(ImportOptions.of(file), Progress.none());
        TransactionLog log = TransactionLog.from(imported, TransactionColumns.detect(), Progress.none());
        TransactionProducts products = TransactionProducts.read(imported, log, null).orElseThrow();
        CustomerTableParams params = CustomerTableParams.of(LocalDate.of(2011, 12, 10)).withWindowDays(400);

        CustomerTableResult result = new CustomerTableBuilder().build(
                CustomerTableSources.ofTransactions(log, products), params, Progress.none());

        CustomerTable table = result.table();
        // the published count of customers with at least one purchase (cancellations left out)
        assertThat(table.rowCount()).isEqualTo(4338);
        // every purchase lies inside the window, so the figures equal plain RFM as of the same day
        RfmResult rfm = new RfmCalculator().compute(log, RfmOptions.defaults().withAsOf(params.asOf()), Progress.none());
        assertThat(rfm.size()).isEqualTo(4338);
        int row = table.customerIds().indexOf("12346");
        assertThat(table.numeric("frequency")[row]).isEqualTo(1);
        assertThat(table.numeric("monetary")[row]).isEqualTo(77183.6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(table.numeric("recency_days")[row]).isEqualTo(326);
        // 12346 bought 74,215 of one product and returned all of it in one cancelled invoice
        assertThat(table.numeric("distinct_products")[row]).isEqualTo(1);
        assertThat(table.numeric("return_rate")[row]).isEqualTo(0.5);
        assertThat(table.numeric("tenure_days")[row]).isEqualTo(326);
    }
}
