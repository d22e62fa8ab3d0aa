package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a sample project and its data.")
final class SampleCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'sample' is not available in this version yet");
    }
}
