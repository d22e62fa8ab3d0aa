package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the activation CSVs of a project.")
final class ExportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'export' is not available in this version yet");
    }
}
