package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Customer lifetime value (BG/NBD + Gamma-Gamma).")
final class ClvCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'clv' is not available in this version yet");
    }
}
