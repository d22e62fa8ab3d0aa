package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A readout in plain words, for a report or a screen: "The campaign lifted conversion by 0.68 points
 * (0.50 to 0.86) overall; the lift is clear in 6 of 7 segments." A segment's effect counts as clear when
 * its Holm-adjusted p-value is below {@code 1 − confidence}.
 */
public final class ReadoutReading {

    private ReadoutReading() {
    }

    /**
     * The whole reading, as the Campaigns step and the report give it: "The campaign (email against
     * holdout) lifted conversion by 1.49 points (0.82 to 2.16) overall. The lift is clear in 2 of 5 segments …"
     */
    public static String of(CampaignReadout readout, String treatment, String control) {
        String overall = overall(readout, "The campaign (" + treatment + " against " + control + ")");
        String bySegment = bySegment(readout);
        return bySegment.isEmpty() ? overall : overall + " " + bySegment;
    }

    /** The overall sentence: lifted, lowered, or no clear difference, with the interval in points. */
    public static String overall(CampaignReadout readout, String campaign) {
        SegmentReadout all = readout.overall();
        Interval d = all.difference();
        String range = String.format(Locale.ROOT, "(%s to %s)", points(d.low()), points(d.high()));
        if (!clear(all, readout)) {
            return String.format(Locale.ROOT, "%s made no clear difference to conversion overall: %s points %s.",
                    campaign, signed(d.estimate()), range);
        }
        return String.format(Locale.ROOT, "%s %s conversion by %s points %s overall.", campaign,
                d.estimate() > 0 ? "lifted" : "lowered", points(Math.abs(d.estimate())), range);
    }

    /** Which segments the campaign clearly helped, clearly hurt, and where the data cannot tell. */
    public static String bySegment(CampaignReadout readout) {
        List<SegmentReadout> segments = readout.segments();
        if (segments.isEmpty()) {
            return "";
        }
        List<String> helped = new ArrayList<>();
        List<String> hurt = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        for (SegmentReadout s : segments) {
            if (!clear(s, readout)) {
                unclear.add(s.segment());
            } else if (s.difference().estimate() > 0) {
                helped.add(s.segment());
            } else {
                hurt.add(String.format(Locale.ROOT, "%s (%s points, %s to %s)", s.segment(),
                        signed(s.difference().estimate()), points(s.difference().low()),
                        points(s.difference().high())));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "The lift is clear in %d of %d segments", helped.size(),
                segments.size()));
        // the helped are named while they are the few; otherwise the others are named below
        if (!helped.isEmpty() && 2 * helped.size() <= segments.size()) {
            sb.append(" (").append(String.join(", ", helped)).append(')');
        }
        sb.append('.');
        if (!hurt.isEmpty()) {
            sb.append(" Conversion clearly fell in ").append(String.join("; ", hurt)).append('.');
        }
        if (!unclear.isEmpty()) {
            sb.append(" No clear effect in ").append(String.join(", ", unclear)).append('.');
        }
        return sb.toString();
    }

    /**
     * One segment's result, for its card in a report: "The campaign lifted conversion by 5.06 points
     * (3.77 to 6.40)." / "… lowered conversion by …" / "No clear effect on conversion: +0.60 points
     * (-0.92 to 2.11)."; empty when the readout has no such segment.
     */
    public static java.util.Optional<String> ofSegment(CampaignReadout readout, String segment) {
        return row(readout, segment).map(s -> clear(s, readout)
                ? "The campaign " + effect(s, "conversion") + "."
                : String.format(Locale.ROOT, "No clear effect on conversion: %s points %s.",
                        signed(s.difference().estimate()), range(s.difference())));
    }

    /**
     * What to do next with a segment where the campaign clearly helped or clearly hurt, in the words of a
     * suggested action ("keep them in the next send: the campaign lifted their conversion by 5.06 points
     * (3.77 to 6.40)."); empty where its effect is not clear or the readout has no such segment.
     */
    public static java.util.Optional<String> nextStep(CampaignReadout readout, String segment) {
        return row(readout, segment).filter(s -> clear(s, readout)).map(s -> (s.difference().estimate() > 0
                ? "keep them in the next send" : "leave them out of the next send") + ": the campaign "
                + effect(s, "their conversion") + ".");
    }

    private static java.util.Optional<SegmentReadout> row(CampaignReadout readout, String segment) {
        return readout.segments().stream().filter(s -> s.segment().equals(segment)).findFirst();
    }

    /** "lifted conversion by 5.06 points (3.77 to 6.40)" / "lowered … by …". */
    private static String effect(SegmentReadout s, String what) {
        Interval d = s.difference();
        return String.format(Locale.ROOT, "%s %s by %s points %s", d.estimate() > 0 ? "lifted" : "lowered", what,
                points(Math.abs(d.estimate())), range(d));
    }

    private static String range(Interval d) {
        return String.format(Locale.ROOT, "(%s to %s)", points(d.low()), points(d.high()));
    }

    private static boolean clear(SegmentReadout r, CampaignReadout readout) {
        return r.pValueHolm() < 1 - readout.params().confidence() && r.difference().excludesZero();
    }

    private static String points(double difference) {
        return String.format(Locale.ROOT, "%.2f", 100 * difference);
    }

    private static String signed(double difference) {
        return String.format(Locale.ROOT, "%+.2f", 100 * difference);
    }
}
