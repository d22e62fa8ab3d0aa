package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SavedClustering;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.segment.cluster.SegmentProfile;

/**
 * Names the segments of a sample's kept clustering run from what the run finds on the data just
 * written, so that every seed gets names that fit its segments (segment numbers follow size, which
 * may change with the seed).
 */
final class SampleSegments {

    /** What the analyst of a sample calls a segment, what they would do about it and how easy it is to reach. */
    record Naming(String name, String notes, int ease) {
    }

    private SampleSegments() {
    }

    /**
     * The project with {@code run} kept and its segments named.
     *
     * @param projectFile where the project will be saved, for its relative data paths
     */
    static Project withNamedRun(Project project, Path projectFile, ClusteringRun run,
                                Function<SegmentProfile, Naming> naming, Progress progress) throws IOException {
        Project withRun = project.withSettings(project.settings().withClusteringRun(run));
        SavedClustering.Replay replay;
        try {
            replay = new SavedClustering().replay(new SavedSources(withRun, projectFile), run, progress);
        } catch (DataFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<NamedSegment> named = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (SegmentProfile profile : replay.profiles()) {
            Naming n = naming.apply(profile);
            String name = n.name();
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                name = name + " " + (profile.segmentId() + 1);
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            named.add(new NamedSegment(run.id(), profile.segmentId(), name, null, n.notes(), n.ease()));
        }
        return withRun.withSettings(withRun.settings().withSegments(named));
    }

    /** The segment's z-score of a feature. */
    static double z(SegmentProfile profile, String feature) {
        return profile.feature(feature).zScore();
    }
}
