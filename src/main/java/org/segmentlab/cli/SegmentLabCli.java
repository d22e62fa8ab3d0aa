package org.segmentlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import org.segmentlab.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code segmentlab COMMAND ...}. Exit 0 ok, 1 bad input, 2 usage. */
@Command(name = "segmentlab",
        mixinStandardHelpOptions = true,
        versionProvider = SegmentLabCli.VersionProvider.class,
        description = "Customer segmentation workbench. Without a command it opens the workbench.",
        subcommands = {
            InspectCommand.class,
            FeaturesCommand.class,
            RfmCommand.class,
            ClusterCommand.class,
            TrainCommand.class,
            ScoreCommand.class,
            ClvCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            SampleCommand.class,
            TrackCommand.class,
            AbtestCommand.class, UpliftCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SegmentLabCli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** True when the arguments name a command (or ask for help/version) rather than open the workbench. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return ROOT_FLAGS.contains(first)
                || new CommandLine(new SegmentLabCli()).getSubcommands().containsKey(first);
    }

    /** Runs the CLI and returns the exit code (no {@code System.exit}, so tests can call it). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SegmentLabCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new CliErrors());
        cl.setExitCodeExceptionMapper(CliErrors::exitCodeOf);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("segmentlab: " + ex.getMessage());
            err.println("Try 'segmentlab " + String.join(" ",
                    Arrays.asList(a).subList(0, Math.min(1, a.length))) + " --help'.");
            return USAGE;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SegmentLab " + Version.current()};
        }
    }
}
