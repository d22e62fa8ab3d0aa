package org.segmentlab.ui.about;

import java.util.List;

/**
 * A library bundled with SegmentLab, as the About dialog names it.
 *
 * @param artifacts the Maven artifactIds it comes in
 * @param name      its name as its authors write it
 * @param licence   its licence (SPDX identifiers where there are some)
 * @param website   where to read more
 */
public record Library(List<String> artifacts, String name, String licence, String website) {

    public Library {
        artifacts = List.copyOf(artifacts);
    }
}
