package org.segmentlab.core.project;

/** An inclusive range of RFM scores, e.g. 4-5. */
public record ScoreRange(int from, int to) {

    public ScoreRange {
        if (from > to) {
            throw new IllegalArgumentException("score range " + from + "-" + to + " is empty");
        }
    }

    public static ScoreRange of(int score) {
        return new ScoreRange(score, score);
    }

    public boolean contains(int score) {
        return score >= from && score <= to;
    }
}
