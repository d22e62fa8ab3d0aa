package org.segmentlab.core.segment.rfm;

/**
 * One line of a segment map: customers whose R, F (and, when given, M) scores fall in these
 * inclusive ranges belong to the segment, unless an earlier rule took them.
 *
 * @param mMin   lowest M score, or null for no lower limit
 * @param mMax   highest M score, or null for no upper limit
 * @param action what marketing should do with the segment; may be empty
 */
public record SegmentRule(String name, int rMin, int rMax, int fMin, int fMax, Integer mMin, Integer mMax,
                          String action) {

    public SegmentRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a segment rule needs a name");
        }
        name = name.strip();
        action = action == null ? "" : action.strip();
        checkRange(name, "R", rMin, rMax);
        checkRange(name, "F", fMin, fMax);
        if (mMin != null && mMax != null) {
            checkRange(name, "M", mMin, mMax);
        }
    }

    /** A rule on R and F only. */
    public static SegmentRule onRecencyAndFrequency(String name, int rMin, int rMax, int fMin, int fMax,
                                                    String action) {
        return new SegmentRule(name, rMin, rMax, fMin, fMax, null, null, action);
    }

    public boolean matches(int r, int f, int m) {
        return r >= rMin && r <= rMax && f >= fMin && f <= fMax
                && (mMin == null || m >= mMin) && (mMax == null || m <= mMax);
    }

    private static void checkRange(String name, String measure, int min, int max) {
        if (min < 1 || min > max) {
            throw new IllegalArgumentException("segment '" + name + "': " + measure + " range " + min + "-" + max
                    + " is not a range of scores from 1 up");
        }
    }
}
