package org.segmentlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.segmentlab.ui.workbench.WorkbenchViewModel;

/**
 * What the workbench was started with: {@code --sample NAME} or the path of a project file, and
 * {@code --debug} to watch the JavaFX thread for stalls.
 *
 * @param sample  name of a sample project to open, or null
 * @param project project file to open, or null
 * @param debug   whether {@code --debug} was given
 */
public record LaunchArguments(String sample, Path project, boolean debug) {

    public LaunchArguments(String sample, Path project) {
        this(sample, project, false);
    }

    public static LaunchArguments parse(List<String> args) {
        String sample = null;
        Path project = null;
        boolean debug = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--sample") && i + 1 < args.size()) {
                sample = args.get(++i);
            } else if (arg.startsWith("--sample=")) {
                sample = arg.substring("--sample=".length());
            } else if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.endsWith(WorkbenchViewModel.PROJECT_SUFFIX)) {
                project = Path.of(arg);
            }
        }
        return new LaunchArguments(sample, project, debug);
    }

    public static LaunchArguments none() {
        return new LaunchArguments(null, null);
    }

    public Optional<String> sampleName() {
        return Optional.ofNullable(sample);
    }

    public Optional<Path> projectFile() {
        return Optional.ofNullable(project);
    }
}
