package org.segmentlab.ui.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.project.DatabaseRef;

/**
 * Database passwords the user typed in this run of the workbench, by URL and user, in memory only:
 * they are never saved, and a project reopened in the same run does not ask again.
 */
public final class DatabasePasswords {

    private final Map<String, String> typed = new HashMap<>();

    public synchronized void remember(DatabaseRef database, String password) {
        if (password != null) {
            typed.put(key(database), password);
        }
    }

    public synchronized Optional<String> find(DatabaseRef database) {
        return Optional.ofNullable(typed.get(key(database)));
    }

    public synchronized void forget(DatabaseRef database) {
        typed.remove(key(database));
    }

    private static String key(DatabaseRef database) {
        return database.url() + "\n" + (database.user() == null ? "" : database.user());
    }
}
