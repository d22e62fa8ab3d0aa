package org.segmentlab.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SegmentLab project: its data sources, the settings of each analysis step, and the seed every
 * random choice starts from. Immutable; edits make a new project with the {@code with…} methods.
 * {@link ProjectStore} reads and writes it as a {@code *.slproj.json} file.
 *
 * @param seed null = {@link #DEFAULT_SEED}
 * @param ui   where the user was in the workbench; null when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"name", "seed", "sources", "settings", "ui"})
public record Project(String name, Long seed, List<DataSourceRef> sources, ProjectSettings settings, UiState ui) {

    public static final long DEFAULT_SEED = 42;

    public Project {
        name = name == null || name.isBlank() ? "Untitled" : name;
        seed = seed == null ? DEFAULT_SEED : seed;
        sources = sources == null ? List.of() : List.copyOf(sources);
        long distinctIds = sources.stream().map(DataSourceRef::id).distinct().count();
        if (distinctIds != sources.size()) {
            throw new IllegalArgumentException("two data sources share an id");
        }
        settings = settings == null ? ProjectSettings.EMPTY : settings;
    }

    /** An empty project with the default seed. */
    public static Project named(String name) {
        return new Project(name, DEFAULT_SEED, List.of(), ProjectSettings.EMPTY, null);
    }

    public Optional<DataSourceRef> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The first source of that kind, which the analysis steps use unless told otherwise. */
    public Optional<DataSourceRef> firstSource(SourceKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst();
    }

    public Project withName(String newName) {
        return new Project(newName, seed, sources, settings, ui);
    }

    public Project withSeed(long newSeed) {
        return new Project(name, newSeed, sources, settings, ui);
    }

    public Project withSources(List<DataSourceRef> newSources) {
        return new Project(name, seed, newSources, settings, ui);
    }

    /** This project with {@code source} added at the end, or replacing the source with the same id in place. */
    public Project withSource(DataSourceRef source) {
        List<DataSourceRef> changed = new ArrayList<>(sources);
        int at = indexOf(source.id());
        if (at >= 0) {
            changed.set(at, source);
        } else {
            changed.add(source);
        }
        return withSources(changed);
    }

    public Project withoutSource(String id) {
        List<DataSourceRef> changed = new ArrayList<>(sources);
        changed.removeIf(s -> s.id().equals(id));
        return withSources(changed);
    }

    public Project withSettings(ProjectSettings newSettings) {
        return new Project(name, seed, sources, newSettings, ui);
    }

    public Project withUi(UiState newUi) {
        return new Project(name, seed, sources, settings, newUi);
    }

    private int indexOf(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
