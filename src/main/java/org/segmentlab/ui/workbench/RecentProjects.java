package org.segmentlab.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last project files opened or saved, newest first, kept in the user's preferences. */
public final class RecentProjects {

    public static final int MAX = 8;
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentProjects(Preferences node) {
        this.node = node;
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
    }

    /** Newest first; at most {@link #MAX}. */
    public ObservableList<Path> files() {
        return files;
    }

    public void add(Path project) {
        Path file = project.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(file);
        next.add(0, file);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    public void remove(Path project) {
        if (files.remove(project.toAbsolutePath().normalize())) {
            store();
        }
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Recent projects not stored: {}", e.getMessage());
        }
    }
}
