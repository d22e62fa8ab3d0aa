package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.sample.SampleGenerator;
import org.segmentlab.core.sample.SampleResult;
import org.segmentlab.core.sample.Samples;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a sample project and its data (made-up data with known, planted segments).",
        footer = {"", "Examples:", "  segmentlab sample --list", "  segmentlab sample retail-rfm --out retail-rfm%n"})
final class SampleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "The sample to write; see --list.")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Project.DEFAULT_SEED,
            description = "Seed of the generator (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
    long seed;

    @Option(names = "--list", description = "Lists the samples and exits.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (list) {
            for (SampleGenerator sample : Samples.everything()) {
                stdout.printf(Locale.ROOT, "%-18s %s%n", sample.name(), sample.summary());
            }
            stdout.flush();
            return SegmentLabCli.OK;
        }
        if (name == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing sample NAME (one of: " + validNames() + ")");
        }
        SampleGenerator sample = Samples.find(name).orElseThrow(() -> new BadInputException(
                "unknown sample '" + name + "'; valid names: " + validNames()));
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + ": is a file; --out needs a folder");
        }
        SampleResult result;
        try {
            result = sample.write(out, seed, ConsoleProgress.forTerminal(spec.commandLine().getErr()));
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot write the sample: " + e.getMessage());
        }
        stdout.printf(Locale.ROOT, "Wrote sample %s (seed %d) to %s%n", sample.name(), seed, out);
        for (Path file : result.files()) {
            stdout.printf(Locale.ROOT, "  %-32s %s%n", file.getFileName(), size(file));
        }
        stdout.printf(Locale.ROOT, "Open %s in the workbench, or follow %s.%n",
                result.projectFile(), out.resolve("README.md"));
        stdout.flush();
        return SegmentLabCli.OK;
    }

    private static String validNames() {
        return String.join(", ", Samples.names());
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes >= 1_000_000) {
                return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
            }
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        } catch (IOException e) {
            return "?";
        }
    }
}
