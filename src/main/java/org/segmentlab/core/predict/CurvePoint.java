package org.segmentlab.core.predict;

/**
 * One point of a ROC curve (x = false positive rate, y = true positive rate) or of a
 * precision-recall curve (x = recall, y = precision), reached by flagging scores at or above {@code threshold}.
 */
public record CurvePoint(double x, double y, double threshold) {
}
