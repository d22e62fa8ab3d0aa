package org.segmentlab.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the names options take on the command line and in project files ({@code log-zscore},
 * {@code kmeans}, {@code ward}…): case, spaces, dashes and underscores do not matter.
 */
public final class CliNames {

    private CliNames() {
    }

    /**
     * The value whose name matches {@code text}.
     *
     * @param what what the name stands for, for the message: "scaling", "algorithm"…
     * @throws IllegalArgumentException naming the unknown text and every name it could have been
     */
    public static <E> E parse(E[] values, Function<E, String> nameOf, String text, String what) {
        String wanted = text == null ? "" : key(text);
        for (E value : values) {
            if (key(nameOf.apply(value)).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "'; use one of "
                + Arrays.stream(values).map(nameOf).collect(Collectors.joining("|")));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
