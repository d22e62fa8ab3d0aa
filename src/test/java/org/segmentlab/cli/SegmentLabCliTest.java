package org.segmentlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: a run builds only the command it names, and every command is still there. */
class SegmentLabCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SegmentLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void commandsAreRegisteredInTheListNotInTheRootAnnotation() {
        // a command added to @Command(subcommands = …) as well would be registered twice
        assertThat(SegmentLabCli.class.getAnnotation(Command.class).subcommands()).isEmpty();
        assertThat(SegmentLabCli.commandsByName()).hasSameSizeAs(SegmentLabCli.COMMANDS);
    }

    @Test
    void theRootHelpListsEveryCommandInOrder() {
        assertThat(run("--help")).isZero();
        String help = out.toString();
        int last = -1;
        for (String name : SegmentLabCli.commandsByName().keySet()) {
            int at = help.indexOf("\n  " + name + " ");
            assertThat(at).as(name).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void eachCommandAnswersItsOwnHelpUnderTheRootName() {
        for (String name : SegmentLabCli.commandsByName().keySet()) {
            out.getBuffer().setLength(0);
            if (name.equals("help")) {
                continue;
            }
            assertThat(run(name, "--help")).as(name).isZero();
            assertThat(out.toString()).as(name).startsWith("Usage: segmentlab " + name + " ");
        }
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(SegmentLabCli.commandsFor("score", "--input", "x.csv")).containsExactly(ScoreCommand.class);
        assertThat(SegmentLabCli.commandsFor("--version")).isEmpty();
        assertThat(SegmentLabCli.commandsFor("help", "rfm")).isEqualTo(SegmentLabCli.COMMANDS);
        assertThat(SegmentLabCli.commandsFor("no-such-command")).isEqualTo(SegmentLabCli.COMMANDS);
        assertThat(SegmentLabCli.commandsFor()).isEqualTo(SegmentLabCli.COMMANDS);
        CommandLine cl = SegmentLabCli.newCommandLine(new PrintWriter(out), new PrintWriter(err), "rfm", "--help");
        assertThat(cl.getSubcommands()).containsOnlyKeys("rfm");
    }

    @Test
    void everyCommandNameGoesToTheCommandLineAndWorkbenchOptionsDoNot() {
        for (String name : SegmentLabCli.commandsByName().keySet()) {
            assertThat(SegmentLabCli.isCommandLine(new String[] {name, "--help"})).as(name).isTrue();
        }
        assertThat(SegmentLabCli.isCommandLine(new String[] {"--sample", "retail-rfm", "--debug"})).isFalse();
        assertThat(SegmentLabCli.isCommandLine(new String[] {})).isFalse();
    }

    @Test
    void theVersionAloneIsPrintedWithoutCommands() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("SegmentLab ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownCommandListsAllCommands() {
        assertThat(run("no-such-command")).isEqualTo(SegmentLabCli.USAGE);
        assertThat(err.toString().strip()).isEqualTo("segmentlab: 'no-such-command' is not a command; the commands"
                + " are: abtest, cluster, clv, export, features, inspect, report, rfm, sample, score, track, train,"
                + " uplift (see 'segmentlab --help')");
    }

    @Test
    void aUsageErrorInsideACommandNamesThatCommand() {
        assertThat(run("rfm", "--out", "rfm.csv", "--no-such-option")).isEqualTo(SegmentLabCli.USAGE);
        assertThat(err.toString()).startsWith("segmentlab: ").contains("--no-such-option")
                .endsWith("(see 'segmentlab rfm --help')" + System.lineSeparator());
    }

    @Test
    void onlyRunsOfACommandStartTablesawEarly() {
        assertThat(SegmentLabCli.readsData("rfm", "--input", "x.csv")).isTrue();
        assertThat(SegmentLabCli.readsData("rfm", "--help")).isFalse();
        assertThat(SegmentLabCli.readsData("help", "rfm")).isFalse();
        assertThat(SegmentLabCli.readsData("--version")).isFalse();
        assertThat(SegmentLabCli.readsData("no-such-command")).isFalse();
    }
}
