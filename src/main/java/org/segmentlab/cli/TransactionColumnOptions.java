package org.segmentlab.cli;

import org.segmentlab.core.features.rfm.TransactionColumns;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The columns of a transactions file, as every command that reads one names them (rfm, clv, track);
 * an option left out is found by its name in the file.
 */
final class TransactionColumnOptions {

    @Option(names = "--customer", paramLabel = "COLUMN", description = "Customer id column.")
    String customer;

    @Option(names = "--date", paramLabel = "COLUMN", description = "Date or date-time column.")
    String date;

    @Option(names = "--amount", paramLabel = "COLUMN", description = "Line amount column (instead of quantity × price).")
    String amount;

    @Option(names = "--quantity", paramLabel = "COLUMN", description = "Quantity column (amount = quantity × price).")
    String quantity;

    @Option(names = "--price", paramLabel = "COLUMN", description = "Unit price column.")
    String price;

    @Option(names = "--invoice", paramLabel = "COLUMN",
            description = "Invoice column; without one, frequency counts distinct purchase days.")
    String invoice;

    /** The columns asked for; those not given are found by their names. */
    TransactionColumns wanted() {
        return new TransactionColumns(customer, date, amount, quantity, price, invoice);
    }

    /** A usage error when the amount is given both ways, or quantity without price. */
    void check(CommandSpec spec) {
        if (amount != null && (quantity != null || price != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--amount cannot be combined with --quantity/--price: give one or the other");
        }
        if ((quantity == null) != (price == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--quantity and --price go together (amount = quantity × price)");
        }
    }
}
