package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Builds the customer table (one row per customer) from transactions, events and attributes.")
final class FeaturesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'features' is not available in this version yet");
    }
}
