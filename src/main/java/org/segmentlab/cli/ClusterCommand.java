package org.segmentlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Clusters customers on chosen features; writes assignments and sweep metrics.")
final class ClusterCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new BadInputException("'cluster' is not available in this version yet");
    }
}
