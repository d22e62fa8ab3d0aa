package org.segmentlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.MissingWords;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.FileLines;
import org.segmentlab.core.engine.JdbcSource;
import org.segmentlab.core.engine.RelationInspector;
import org.segmentlab.core.engine.SqlDialect;
import org.segmentlab.core.engine.SqlEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Prints the import report of a data file: columns, types, roles, counts, rejected rows.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE",
            description = "The data file (CSV, TSV, semicolon or whitespace-separated, Excel .xlsx, Parquet); or give --jdbc.")
    Path input;

    @picocli.CommandLine.Mixin
    SqlSourceOptions source = new SqlSourceOptions();

    @Option(names = "--json", description = "Print the report as JSON (camelCase keys) instead of text.")
    boolean json;

    @Option(names = "--missing-words", paramLabel = "WORD,WORD", converter = MissingWordsConverter.class,
            description = "Words read as missing values in every column (default: NA,N/A,NULL,null,NaN,None,-,"
                    + "na,n/a,nan,#NA,#N/A; 'none' for only empty fields). An empty field is always missing.")
    MissingWords missingWords = MissingWords.DEFAULT;

    @Override
    public Integer call() throws DataFileException, JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        source.check(spec, input, "--input");
        Progress progress = ConsoleProgress.forTerminal(err);
        ImportReport report;
        if (source.jdbc != null || (source.usesSql(input) && !isDelimitedFile())) {
            report = inspectInEngine(progress);
        } else if (source.sheet != null) {
            report = new TableImporter().readSheet(ImportOptions.of(input).withMissingWords(missingWords), source.sheet, progress).report();
        } else {
            report = new TableImporter().read(ImportOptions.of(input).withMissingWords(missingWords), progress).report();
        }
        out.print(json ? toJson(report) : toText(report));
        out.flush();
        return SegmentLabCli.OK;
    }

    /** A CSV/TSV is inspected by our own reader at any size: the report lists rejected lines, which SQL cannot. */
    private boolean isDelimitedFile() {
        return input != null && !FileLines.isParquet(input);
    }

    private ImportReport inspectInEngine(Progress progress) throws DataFileException {
        if (source.jdbc != null) {
            JdbcSource jdbc = source.jdbcSource();
            try (SqlEngine db = SqlSourceOptions.connect(jdbc)) {
                return new RelationInspector().inspect(db, jdbc.relation(db.dialect()), null, jdbc.describe(), progress);
            } catch (EngineException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (!java.nio.file.Files.isRegularFile(input)) {
            throw new DataFileException(input, java.nio.file.Files.exists(input) ? "is not a file" : "file not found");
        }
        try (SqlEngine duck = SqlSourceOptions.embedded()) {
            String relation = "read_parquet(" + SqlDialect.DUCKDB.literal(input.toAbsolutePath().toString()) + ")";
            return new RelationInspector().inspect(duck, relation, input, String.valueOf(input.getFileName()), progress);
        } catch (EngineException e) {
            throw new BadInputException(input.getFileName() + ": " + e.getMessage());
        }
    }

    String toJson(ImportReport r) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", input != null ? input.toString() : source.jdbcSource().describe());
        root.put("charset", r.charset());
        root.put("delimiter", String.valueOf(r.delimiter()));
        root.put("header", r.header());
        root.put("rowsRead", r.rowsRead());
        root.put("rowsKept", r.rowsKept());
        root.put("rowsRejected", r.rowsRejected());
        root.put("rowsWithoutCustomerId", r.rowsWithoutCustomerId());
        ArrayNode columns = root.putArray("columns");
        for (ColumnInfo c : r.columns()) {
            ObjectNode col = columns.addObject();
            col.put("name", c.name());
            col.put("index", c.index());
            col.put("type", c.type().name());
            col.put("role", c.role().name());
            col.put("datePattern", c.datePattern());
            col.put("missing", c.missing());
        }
        ArrayNode rejections = root.putArray("rejections");
        for (ImportReport.Rejection rej : r.rejections()) {
            ObjectNode node = rejections.addObject();
            node.put("reason", rej.reason());
            node.put("count", rej.count());
            ArrayNode first = node.putArray("first");
            for (ImportReport.RowProblem p : rej.first()) {
                ObjectNode problem = first.addObject();
                problem.put("line", p.line());
                problem.put("column", p.column());
                problem.put("columnName", p.columnName());
                problem.put("value", p.value());
            }
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        ArrayNode words = root.putArray("missingWords");
        missingWords.words().forEach(words::add);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    }

    String toText(ImportReport r) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append("File    ").append(input != null ? input.toString() : source.jdbcSource().describe()).append(nl);
        sb.append("Format  ").append(formatName(r)).append(nl);
        sb.append("Rows    ").append(count(r.rowsRead())).append(" read, ").append(count(r.rowsKept()))
                .append(" kept, ").append(count(r.rowsRejected())).append(" rejected");
        if (r.columns().stream().anyMatch(c -> c.role() == ColumnRole.CUSTOMER_ID)) {
            sb.append("; ").append(count(r.rowsWithoutCustomerId())).append(" without a customer id");
        }
        sb.append(nl).append(nl);

        int nameWidth = Math.max("Column".length(),
                r.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-9s  %-11s  %9s  %s";
        sb.append(String.format(Locale.ROOT, row, "Column", "Type", "Role", "Missing", "Date pattern").strip()).append(nl);
        for (ColumnInfo c : r.columns()) {
            sb.append(String.format(Locale.ROOT, row, c.name(), c.type(), c.role().label(), count(c.missing()),
                    c.datePattern() == null ? "" : c.datePattern()).stripTrailing()).append(nl);
        }
        if (!r.rejections().isEmpty()) {
            sb.append(nl).append("Rejected rows").append(nl);
            for (ImportReport.Rejection rej : r.rejections()) {
                String lines = rej.first().stream().map(p -> String.valueOf(p.line()))
                        .collect(Collectors.joining(", "));
                sb.append("  ").append(rej.reason()).append(": ").append(count(rej.count()))
                        .append(rej.count() == 1 ? " row, line " : " rows, lines ").append(lines)
                        .append(rej.count() > rej.first().size() ? ", …" : "").append(nl);
            }
        }
        if (!r.notes().isEmpty()) {
            sb.append(nl).append("Notes").append(nl);
            r.notes().forEach(n -> sb.append("  - ").append(n).append(nl));
        }
        return sb.toString();
    }

    private static String formatName(ImportReport r) {
        switch (r.charset()) {
            case "xlsx":
                return "Excel workbook";
            case "parquet":
                return "Parquet";
            case "database":
                return "database table or query";
            default:
                return delimiterName(r.delimiter()) + ", " + r.charset() + (r.header() ? ", header row" : ", no header row");
        }
    }

    private static String delimiterName(char d) {
        switch (d) {
            case ',':
                return "comma-separated";
            case ';':
                return "semicolon-separated";
            case '\t':
                return "tab-separated";
            case '|':
                return "pipe-separated";
            case ' ':
                return "whitespace-separated";
            default:
                return "'" + d + "'-separated";
        }
    }

    private static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }
}
