package org.segmentlab.ui.customers;

import org.segmentlab.core.project.SourceKind;

/**
 * How one data source of the project feeds the customer table.
 *
 * @param name the file name
 * @param role what it gives the table, e.g. "Behaviour: sessions, event counts, trends"
 * @param used false when the table leaves it out (a second file of the same kind, a file not read)
 */
public record SourceUse(String name, SourceKind kind, String role, boolean used) {
}
