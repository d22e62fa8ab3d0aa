package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Prints the import report of a data file: columns, types, roles, counts, rejected rows.")
final class InspectCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'inspect' is not available in this version yet");
    }
}
