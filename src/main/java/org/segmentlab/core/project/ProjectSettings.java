package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The analysis steps of a project. A step the user has not touched is null and takes its defaults;
 * a newer step adds a field here (old files simply lack it, so they still load).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"rfm", "features", "clustering", "segments", "predict", "report", "track", "campaign", "clv"})
public record ProjectSettings(RfmSettings rfm, FeatureSettings features,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ClusteringRun> clustering,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NamedSegment> segments,
                              PredictSettings predict, ReportSettings report, TrackSettings track,
                              CampaignSettings campaign, ClvSettings clv) {

    public static final ProjectSettings EMPTY = new ProjectSettings(null, null, List.of(), List.of(), null, null);

    public ProjectSettings {
        clustering = clustering == null ? List.of() : List.copyOf(clustering);
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** Settings of the steps that segment, predict and report, and none of the later ones. */
    public ProjectSettings(RfmSettings rfm, FeatureSettings features, List<ClusteringRun> clustering,
                           List<NamedSegment> segments, PredictSettings predict, ReportSettings report) {
        this(rfm, features, clustering, segments, predict, report, null, null, null);
    }

    public Optional<ClusteringRun> clusteringRun(String runId) {
        return clustering.stream().filter(r -> r.id().equals(runId)).findFirst();
    }

    public ProjectSettings withRfm(RfmSettings newRfm) {
        return new ProjectSettings(newRfm, features, clustering, segments, predict, report, track, campaign, clv);
    }

    public ProjectSettings withFeatures(FeatureSettings newFeatures) {
        return new ProjectSettings(rfm, newFeatures, clustering, segments, predict, report, track, campaign, clv);
    }

    public ProjectSettings withClustering(List<ClusteringRun> newClustering) {
        return new ProjectSettings(rfm, features, newClustering, segments, predict, report, track, campaign, clv);
    }

    /** These settings with {@code run} added, or replacing the run with the same id. */
    public ProjectSettings withClusteringRun(ClusteringRun run) {
        List<ClusteringRun> runs = new ArrayList<>(clustering);
        runs.removeIf(r -> r.id().equals(run.id()));
        runs.add(run);
        return withClustering(runs);
    }

    public ProjectSettings withSegments(List<NamedSegment> newSegments) {
        return new ProjectSettings(rfm, features, clustering, newSegments, predict, report, track, campaign, clv);
    }

    /**
     * These settings with {@code segment} added, or replacing the one of the same segment: the same run
     * and number, or for a campaign's segment the same name ({@link NamedSegment#isSameSegmentAs}).
     */
    public ProjectSettings withSegment(NamedSegment segment) {
        List<NamedSegment> named = new ArrayList<>(segments);
        named.removeIf(s -> s.isSameSegmentAs(segment));
        named.add(segment);
        return withSegments(named);
    }

    public ProjectSettings withPredict(PredictSettings newPredict) {
        return new ProjectSettings(rfm, features, clustering, segments, newPredict, report, track, campaign, clv);
    }

    public ProjectSettings withReport(ReportSettings newReport) {
        return new ProjectSettings(rfm, features, clustering, segments, predict, newReport, track, campaign, clv);
    }

    public ProjectSettings withTrack(TrackSettings newTrack) {
        return new ProjectSettings(rfm, features, clustering, segments, predict, report, newTrack, campaign, clv);
    }

    public ProjectSettings withCampaign(CampaignSettings newCampaign) {
        return new ProjectSettings(rfm, features, clustering, segments, predict, report, track, newCampaign, clv);
    }

    public ProjectSettings withClv(ClvSettings newClv) {
        return new ProjectSettings(rfm, features, clustering, segments, predict, report, track, campaign, newClv);
    }
}
