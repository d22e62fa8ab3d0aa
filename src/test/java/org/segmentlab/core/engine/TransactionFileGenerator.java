package org.segmentlab.core.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes a large transaction CSV shaped like Online Retail (InvoiceNo, StockCode, Quantity,
 * InvoiceDate, UnitPrice, CustomerID) for the size benchmarks and the {@code -Xmx1g} acceptance run:
 * invoices of 1 to 10 lines over two years, customers drawn with a skew (a few buy often), 2% of
 * invoices cancelled ({@code C…}, negative quantity), 1 line in 50 without a customer id. Seeded.
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes:target/classes org.segmentlab.core.engine.TransactionFileGenerator big10M.csv 10000000 200000 42
 * </pre>
 */
public final class TransactionFileGenerator {

    private TransactionFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: TransactionFileGenerator FILE [LINES] [CUSTOMERS] [SEED]");
        }
        Path file = Path.of(args[0]);
        long lines = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        write(file, lines, customers, seed);
    }

    static void write(Path file, long lines, int customers, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDateTime start = LocalDateTime.of(2022, 1, 1, 0, 0);
        long spanMinutes = 2L * 365 * 24 * 60;
        StringBuilder line = new StringBuilder(96);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            w.write("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n");
            long written = 0;
            long invoice = 100_000;
            while (written < lines) {
                invoice++;
                double u = random.nextDouble();
                int customer = 10_000 + (int) (u * u * customers);
                boolean noCustomer = random.nextInt(50) == 0;
                boolean cancelled = random.nextInt(50) == 0;
                LocalDateTime when = start.plusMinutes((long) (random.nextDouble() * spanMinutes));
                String date = when.toLocalDate() + " " + two(when.getHour()) + ":" + two(when.getMinute()) + ":00";
                int size = 1 + random.nextInt(10);
                for (int k = 0; k < size && written < lines; k++, written++) {
                    int quantity = 1 + random.nextInt(12);
                    int cents = 25 + random.nextInt(2000);
                    line.setLength(0);
                    line.append(cancelled ? "C" : "").append(invoice).append(',')
                            .append('P').append(random.nextInt(4000)).append(',')
                            .append(cancelled ? -quantity : quantity).append(',')
                            .append(date).append(',')
                            .append(cents / 100).append('.').append(two(cents % 100)).append(',');
                    if (!noCustomer) {
                        line.append(customer);
                    }
                    line.append('\n');
                    w.append(line);
                }
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
