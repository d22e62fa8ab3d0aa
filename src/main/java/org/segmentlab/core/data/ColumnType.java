package org.segmentlab.core.data;

/** The value type detected for a column. */
public enum ColumnType {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATE_TIME,
    TEXT
}
