package org.segmentlab.cli;

import org.segmentlab.core.CancelledException;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.ProjectFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns what a command throws into the CLI contract: a one-line message on stderr (no stack
 * trace) and exit 1 for bad input; everything unexpected is logged in full and exits 1 as well.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof BadInputException || ex instanceof DataFileException
                || ex instanceof ProjectFileException
                || ex instanceof java.io.UncheckedIOException || ex instanceof IllegalArgumentException) {
            cl.getErr().println("segmentlab: " + ex.getMessage());
        } else if (ex instanceof CancelledException) {
            cl.getErr().println("segmentlab: cancelled");
        } else {
            LOG.error("Unexpected failure in '{}'", cl.getCommandName(), ex);
            cl.getErr().println("segmentlab: internal error: " + ex
                    + " (details in the log file: " + LogFiles.location() + ")");
        }
        return SegmentLabCli.BAD_INPUT;
    }

    static int exitCodeOf(Throwable t) {
        return SegmentLabCli.BAD_INPUT;
    }
}
