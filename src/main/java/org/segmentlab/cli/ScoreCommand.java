package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Scores customers with a saved model.")
final class ScoreCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'score' is not available in this version yet");
    }
}
