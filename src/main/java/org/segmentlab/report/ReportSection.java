package org.segmentlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parts of the stakeholder report a reader can ask for, in the order they appear. */
public enum ReportSection {
    /** One page: the question, the data, the method, the value-engagement matrix and the segment table. */
    SUMMARY("summary"),
    /** One card per segment. */
    SEGMENTS("segments"),
    /** Where to start: value potential against ease of reach. */
    PRIORITIES("priorities"),
    /** Sweep and model charts, data quality, reproducibility. */
    APPENDIX("appendix");

    private final String cliName;

    ReportSection(String cliName) {
        this.cliName = cliName;
    }

    /** The name in the project file and on the command line. */
    public String cliName() {
        return cliName;
    }

    /** @throws IllegalArgumentException naming the unknown section and the known ones */
    public static ReportSection parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ReportSection s : values()) {
            if (s.cliName.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown report section '" + text
                + "'; choose from summary, segments, priorities, appendix");
    }

    /** Sections from their names, in report order, each once; null or empty = all. */
    public static List<ReportSection> parseAll(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of(values());
        }
        boolean[] wanted = new boolean[values().length];
        for (String name : names) {
            wanted[parse(name).ordinal()] = true;
        }
        List<ReportSection> chosen = new ArrayList<>();
        for (ReportSection s : values()) {
            if (wanted[s.ordinal()]) {
                chosen.add(s);
            }
        }
        return List.copyOf(chosen);
    }
}
