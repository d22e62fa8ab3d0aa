package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a churn/propensity classifier and saves it.")
final class TrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'train' is not available in this version yet");
    }
}
