package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.segmentlab.core.project.AtomicFiles;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectFileException;
import org.segmentlab.core.project.ProjectStore;

/** The folder a sample is written into; keeps the list of files it wrote. */
final class SampleFolder {

    /** Writes the rows of one CSV file. */
    @FunctionalInterface
    interface CsvBody {
        void write(CsvLines csv) throws IOException;
    }

    private final String name;
    private final Path folder;
    private final List<Path> written = new ArrayList<>();

    SampleFolder(String name, Path folder) throws IOException {
        this.name = name;
        Files.createDirectories(folder);
        this.folder = folder;
    }

    Path csv(String fileName, CsvBody body) throws IOException {
        Path file = folder.resolve(fileName);
        AtomicFiles.write(file, out -> {
            CsvLines csv = new CsvLines(out);
            body.write(csv);
            csv.flush();
        });
        written.add(file);
        return file;
    }

    Path text(String fileName, String content) throws IOException {
        Path file = folder.resolve(fileName);
        AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        written.add(file);
        return file;
    }

    /** Saves the project as {@code NAME.slproj.json}; its sources should name files in this folder. */
    SampleResult finish(Project project) throws IOException {
        Path projectFile = folder.resolve(name + ProjectStore.EXTENSION);
        // Size and content only: a file's time differs in every copy, and the same seed must give the same project file.
        java.util.List<org.segmentlab.core.project.DataSourceRef> sources = new java.util.ArrayList<>();
        for (org.segmentlab.core.project.DataSourceRef source : project.sources()) {
            org.segmentlab.core.project.SourceFingerprint taken =
                    org.segmentlab.core.project.SourceFingerprint.of(ProjectStore.resolve(source, projectFile));
            sources.add(source.withFingerprint(new org.segmentlab.core.project.SourceFingerprint(taken.size(), null,
                    taken.sha256())));
        }
        project = project.withSources(sources);
        try {
            new ProjectStore().save(project, projectFile);
        } catch (ProjectFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        written.add(projectFile);
        return new SampleResult(name, folder, projectFile, written);
    }
}
