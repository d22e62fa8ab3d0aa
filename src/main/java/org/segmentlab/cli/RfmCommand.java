package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "rfm", mixinStandardHelpOptions = true,
        description = "Recency, frequency and monetary scores and segments per customer.")
final class RfmCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'rfm' is not available in this version yet");
    }
}
