package org.segmentlab.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.segmentlab.Version;
import org.segmentlab.core.project.ProjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code segmentlab COMMAND ...}. Exit 0 ok, 1 bad input, 2 usage. */
@Command(name = "segmentlab",
        mixinStandardHelpOptions = true,
        versionProvider = SegmentLabCli.VersionProvider.class,
        description = "Customer segmentation workbench. Without a command it opens the workbench.")
public final class SegmentLabCli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    /**
     * The commands, in the order the help lists them: register a new command here (not in the root's
     * {@code @Command}). A run builds only the command it names: picocli reads every option of a
     * command by reflection, which for all of them cost each run about 0.2 s of CPU. The root's help,
     * {@code help} and usage errors get them all.
     */
    static final List<Class<?>> COMMANDS = List.of(
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
            CommandLine.HelpCommand.class);

    private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help", "-V", "--version");
    private static final Set<String> VERSION_FLAGS = Set.of("-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /**
     * True when the arguments are for the CLI rather than the workbench. The workbench takes no
     * arguments, or only its own ({@code --sample NAME}, {@code --debug}, a project file); anything
     * else goes to the CLI, so an unknown command word is a usage error that lists the commands
     * instead of opening a window.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (ROOT_FLAGS.contains(first)
                || commandsByName().containsKey(first)) {
            return true;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--sample") && i + 1 < args.length) {
                i++;
            } else if (!(arg.startsWith("--sample=") || arg.equals("--debug") || arg.startsWith("-psn_")
                    || arg.endsWith(ProjectStore.EXTENSION))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the workbench cannot open a window here, or empty when it can try: on Linux and other
     * X11/Wayland systems a window needs {@code DISPLAY} or {@code WAYLAND_DISPLAY}.
     */
    public static Optional<String> missingDisplay(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean needsDisplay = !os.contains("win") && !os.contains("mac");
        boolean headlessGlass = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (needsDisplay && !headlessGlass && isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("the workbench needs a display and there is none (DISPLAY is not set);"
                    + " the commands work without one, see 'segmentlab --help'");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Prints why the workbench did not open, in one line, and returns the exit code (1). */
    public static int workbenchFailed(String why) {
        System.err.println("segmentlab: " + why);
        System.err.flush();
        return BAD_INPUT;
    }

    /** The workbench failed to start (a display that cannot be opened, …): one line, exit 1. */
    public static int workbenchFailed(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return workbenchFailed(message.contains("DISPLAY")
                ? "the workbench cannot open the display (" + CliErrors.withoutClassNames(message) + ")"
                : "the workbench could not start; " + LogFiles.whereDetailsAre());
    }

    /** Runs the CLI and returns the exit code (no {@code System.exit}, so tests can call it). */
    public static int run(String... args) {
        BackgroundStart start = readsData(args) ? BackgroundStart.begin() : BackgroundStart.NONE;
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), start, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, BackgroundStart.NONE, args);
    }

    /** Builds the command line while {@code start} runs, and runs the command once logging is up. */
    private static int run(PrintWriter out, PrintWriter err, BackgroundStart start, String... args) {
        CommandLine cl = newCommandLine(out, err, args);
        start.awaitLogging();
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return CliErrors.outOfMemory(cl, err, args);
        }
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SegmentLabCli());
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new CliErrors());
        cl.setExitCodeExceptionMapper(CliErrors::exitCodeOf);
        cl.setParameterExceptionHandler(CliErrors::usage);
        return cl;
    }

    /** Each command by the name it is typed with (its {@code @Command} name), in help order. */
    static Map<String, Class<?>> commandsByName() {
        return CommandNames.BY_NAME;
    }

    /** The commands by name, read from their annotations once, when first asked. */
    private static final class CommandNames {
        static final Map<String, Class<?>> BY_NAME;

        static {
            Map<String, Class<?>> byName = new LinkedHashMap<>();
            for (Class<?> command : COMMANDS) {
                byName.put(command.getAnnotation(Command.class).name(), command);
            }
            BY_NAME = java.util.Collections.unmodifiableMap(byName);
        }
    }

    /**
     * The commands a run needs: the one it names; none for the version alone; all of them for the
     * root's help, {@code help} and anything picocli will answer with a usage error listing them.
     */
    static Collection<Class<?>> commandsFor(String... args) {
        if (args.length == 1 && VERSION_FLAGS.contains(args[0])) {
            return List.of();
        }
        Class<?> named = args.length > 0 ? commandsByName().get(args[0]) : null;
        if (named != null && named != CommandLine.HelpCommand.class) {
            return List.of(named);
        }
        return COMMANDS;
    }

    /**
     * True when the arguments run a command (not its help), which will most likely read a table and
     * log: then logging and Tablesaw start in the background ({@link BackgroundStart}).
     */
    static boolean readsData(String... args) {
        if (args.length == 0 || !commandsByName().containsKey(args[0]) || args[0].equals("help")) {
            return false;
        }
        for (String arg : args) {
            if (ROOT_FLAGS.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SegmentLab " + Version.current()};
        }
    }
}
