package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.segmentlab.core.CancelledException;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.ProjectFileException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The one place that turns a failure into the CLI contract: one line on stderr (no stack trace,
 * no Java class names) and the exit code: 1 for bad input, running out of memory and anything
 * unexpected (logged in full), 2 for usage.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    /** A qualified Java class name: two or more lower-case package parts, then a capitalised name. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\(?\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?:<[^>]*>)?(?:\\.[a-zA-Z]+\\(\\))?\\)?");

    /** Options that name what a command reads, most telling first: the file to name when memory runs out. */
    private static final List<String> INPUT_OPTIONS = List.of("--input", "--transactions", "--events",
            "--attributes", "--project", "--model");

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        cl.getErr().println("segmentlab: " + messageOf(ex));
        cl.getErr().flush();
        return exitCodeOf(ex);
    }

    /** The one-line message for a failure of a command. */
    static String messageOf(Throwable ex) {
        if (ex instanceof BadInputException || ex instanceof DataFileException
                || ex instanceof ProjectFileException || ex instanceof IllegalArgumentException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof UncheckedIOException) {
            return oneLine(ex.getMessage() != null ? ex.getMessage() : ex.getCause().getMessage());
        }
        if (ex instanceof CancelledException) {
            return "cancelled";
        }
        // the logger is fetched here, not kept in a constant, so that runs without a failure to log
        // (--version, usage errors) do not start logging
        LoggerFactory.getLogger(CliErrors.class).error("Unexpected failure", ex);
        return "internal error, the command did not finish (" + LogFiles.whereDetailsAre() + ")";
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof CommandLine.ParameterException ? SegmentLabCli.USAGE : SegmentLabCli.BAD_INPUT;
    }

    /** A usage error: one line with what is wrong, where to read more, exit 2. */
    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = oneLine(ex.getMessage());
        boolean root = cl.getParent() == null;
        if (root && ex instanceof CommandLine.UnmatchedArgumentException && args.length > 0
                && !args[0].startsWith("-")) {
            Set<String> commands = new TreeSet<>(cl.getSubcommands().keySet());
            commands.remove("help");
            message = "'" + args[0] + "' is not a command; the commands are: " + String.join(", ", commands);
        }
        err.println("segmentlab: " + message + " (see 'segmentlab " + (root ? "" : cl.getCommandName() + " ")
                + "--help')");
        err.flush();
        return SegmentLabCli.USAGE;
    }

    /**
     * Out of memory: names the file read, the memory Java had and a maximum heap that should do,
     * from the file's size. Exit 1.
     */
    static int outOfMemory(CommandLine cl, PrintWriter err, String[] args) {
        long had = Runtime.getRuntime().maxMemory();
        Path file = inputOf(args);
        long size = 0;
        if (file != null) {
            try {
                size = Files.size(file);
            } catch (IOException | SecurityException e) {
                size = 0;
            }
        }
        err.println("segmentlab: out of memory reading " + (file == null ? "the input" : file.getFileName())
                + (size > 0 ? " (" + megabytes(size) + ")" : "") + ": Java had " + megabytes(had)
                + "; run it with more, e.g. java -Xmx" + suggestedHeap(had, size) + " -jar segmentlab.jar …");
        err.flush();
        return SegmentLabCli.BAD_INPUT;
    }

    /** Twice what Java had, or 10 times the file's size where that is more; in whole gigabytes. */
    static String suggestedHeap(long had, long fileSize) {
        long want = Math.max(2 * had, 10 * fileSize);
        long gigabyte = 1L << 30;
        return Math.max(1, (want + gigabyte - 1) / gigabyte) + "g";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, bytes >> 20));
    }

    static Path inputOf(String[] args) {
        for (String option : INPUT_OPTIONS) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(option) && i + 1 < args.length) {
                    return Path.of(args[i + 1]);
                }
                if (args[i].startsWith(option + "=")) {
                    return Path.of(args[i].substring(option.length() + 1));
                }
            }
        }
        return null;
    }

    /** The message on one line, without Java class names (a parser's, a collection type's). */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed (" + LogFiles.whereDetailsAre() + ")";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!line.isBlank()) {
                parts.add(line.strip());
            }
        }
        return withoutClassNames(String.join("; ", parts));
    }

    static String withoutClassNames(String message) {
        return CLASS_NAME.matcher(message).replaceAll("").replaceAll(" {2,}", " ").replace(" :", ":").strip();
    }
}
