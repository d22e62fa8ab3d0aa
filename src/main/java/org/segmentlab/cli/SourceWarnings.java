package org.segmentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SourceCheck;

/**
 * Before a command reads a project's data: refuses files in system folders, lists files outside the
 * project's folder, and names files that changed since the project took them (an error with
 * {@code --strict}, else a warning).
 */
final class SourceWarnings {

    private SourceWarnings() {
    }

    static void check(Project project, Path projectFile, boolean strict, PrintWriter err) {
        for (SourceCheck.Status status : SourceCheck.check(project, projectFile)) {
            if (status.refused().isPresent()) {
                throw new BadInputException(projectFile.getFileName() + ": data source '" + status.source().id()
                        + "' (" + status.file() + ") " + status.refused().get());
            }
            if (status.outside()) {
                err.println("note: " + projectFile.getFileName() + " reads a file outside its folder: " + status.file());
            }
            if (status.changed()) {
                if (strict) {
                    throw new BadInputException(projectFile.getFileName() + ": " + status.changeMessage()
                            + " (--strict)");
                }
                err.println("warning: " + status.changeMessage());
            }
        }
        err.flush();
    }
}
