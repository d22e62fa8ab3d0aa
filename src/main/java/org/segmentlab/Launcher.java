package org.segmentlab;

import java.util.Optional;
import org.segmentlab.cli.SegmentLabCli;
import org.segmentlab.ui.SegmentLabApp;

/**
 * Entry point of the fat jar. Without arguments (or with only workbench options such as
 * {@code --sample NAME} / a project file) it opens the workbench; with a command it runs the CLI.
 * It must not extend {@code Application}: the JavaFX launcher refuses a main class that does when
 * JavaFX sits on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (SegmentLabCli.isCommandLine(args)) {
            System.exit(SegmentLabCli.run(args));
        }
        Optional<String> noDisplay = SegmentLabCli.missingDisplay(System.getenv(), System.getProperty("os.name", ""));
        if (noDisplay.isPresent()) {
            System.exit(SegmentLabCli.workbenchFailed(noDisplay.get()));
        }
        try {
            SegmentLabApp.launchWorkbench(args);
        } catch (RuntimeException e) {
            System.exit(SegmentLabCli.workbenchFailed(e));
        }
    }
}
