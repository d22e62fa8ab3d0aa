package org.segmentlab.core.segment.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names, colours and notes of a run's segments, as the project file saves them. Names are
 * unique (ignoring case), so that exports and charts never show two segments under one name.
 */
public record SegmentLabels(List<SegmentLabel> segments) {

    public SegmentLabels {
        segments = List.copyOf(segments);
        Set<String> names = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (SegmentLabel s : segments) {
            if (!ids.add(s.segmentId())) {
                throw new IllegalArgumentException("segment " + s.segmentId() + " is labelled twice");
            }
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two segments are named '" + s.name() + "'");
            }
        }
    }

    /** The suggested names of the profiles; segment j gets colour j, noise the neutral colour. */
    public static SegmentLabels from(List<SegmentProfile> profiles) {
        List<SegmentLabel> labels = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            labels.add(new SegmentLabel(p.segmentId(), p.suggestedName(), p.segmentId() < 0 ? -1 : p.segmentId(), ""));
        }
        return new SegmentLabels(labels);
    }

    public Optional<SegmentLabel> find(int segmentId) {
        return segments.stream().filter(s -> s.segmentId() == segmentId).findFirst();
    }

    /** The name of a segment, or "Segment N" when it has no label. */
    public String nameOf(int segmentId) {
        return find(segmentId).map(SegmentLabel::name)
                .orElse(segmentId < 0 ? SegmentNamer.NOISE_NAME : "Segment " + segmentId);
    }

    /** @throws IllegalArgumentException when another segment already has that name */
    public SegmentLabels rename(int segmentId, String name) {
        return replace(segmentId, new SegmentLabel(segmentId, name, label(segmentId).colourIndex(),
                label(segmentId).note()));
    }

    public SegmentLabels withNote(int segmentId, String note) {
        SegmentLabel l = label(segmentId);
        return replace(segmentId, new SegmentLabel(segmentId, l.name(), l.colourIndex(), note));
    }

    public SegmentLabels withColour(int segmentId, int colourIndex) {
        SegmentLabel l = label(segmentId);
        return replace(segmentId, new SegmentLabel(segmentId, l.name(), colourIndex, l.note()));
    }

    private SegmentLabel label(int segmentId) {
        return find(segmentId).orElseThrow(() -> new IllegalArgumentException("no segment " + segmentId));
    }

    private SegmentLabels replace(int segmentId, SegmentLabel replacement) {
        List<SegmentLabel> out = new ArrayList<>();
        for (SegmentLabel s : segments) {
            out.add(s.segmentId() == segmentId ? replacement : s);
        }
        return new SegmentLabels(out);
    }
}
