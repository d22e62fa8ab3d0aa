package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the stakeholder report of a project (HTML or PDF).")
final class ReportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'report' is not available in this version yet");
    }
}
