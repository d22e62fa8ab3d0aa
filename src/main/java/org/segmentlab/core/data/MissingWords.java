package org.segmentlab.core.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that mean "no value" in a file, in every column (ids, text, numbers, dates): an id
 * {@code NULL} is no customer, a country {@code N/A} is no country. An empty field is always missing.
 * Matched exactly as written, after outer blanks; the import report says which words it met.
 */
public final class MissingWords {

    /** The words most exports use for a missing value. */
    public static final List<String> USUAL = List.of("NA", "N/A", "NULL", "null", "NaN", "None", "-",
            "na", "n/a", "nan", "#NA", "#N/A");

    public static final MissingWords DEFAULT = new MissingWords(USUAL);

    /** Only empty fields are missing. */
    public static final MissingWords NONE = new MissingWords(List.of());

    private final List<String> words;
    private final byte[][] bytes;
    /** Bit n is set when a word is n bytes long (n < 64); {@link #longWords} when one is longer. */
    private final long lengths;
    private final boolean longWords;
    /** Whether a word starts with the byte. */
    private final boolean[] firstBytes = new boolean[256];

    private MissingWords(Collection<String> words) {
        Set<String> unique = new LinkedHashSet<>();
        for (String w : words) {
            if (w != null && !w.isBlank()) {
                unique.add(w.strip());
            }
        }
        this.words = List.copyOf(unique);
        this.bytes = new byte[this.words.size()][];
        long lengthBits = 0;
        boolean anyLong = false;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = this.words.get(i).getBytes(StandardCharsets.UTF_8);
            firstBytes[bytes[i][0] & 0xff] = true;
            if (bytes[i].length < 64) {
                lengthBits |= 1L << bytes[i].length;
            } else {
                anyLong = true;
            }
        }
        this.lengths = lengthBits;
        this.longWords = anyLong;
    }

    public static MissingWords of(Collection<String> words) {
        return new MissingWords(words);
    }

    /**
     * From the user's text: words separated by commas; {@code none} (or nothing) for only empty
     * fields, {@code default} for {@link #USUAL}.
     */
    public static MissingWords parse(String text) {
        if (text == null || text.isBlank() || text.strip().toLowerCase(Locale.ROOT).equals("none")) {
            return NONE;
        }
        if (text.strip().toLowerCase(Locale.ROOT).equals("default")) {
            return DEFAULT;
        }
        List<String> words = new ArrayList<>();
        for (String w : text.split(",")) {
            words.add(w);
        }
        return of(words);
    }

    public List<String> words() {
        return words;
    }

    /** True for an empty field or one of the words. */
    boolean matches(byte[] b, int s, int e) {
        return indexOf(b, s, e) != NOT_A_WORD;
    }

    static final int NOT_A_WORD = -2;
    static final int EMPTY = -1;

    /** {@link #EMPTY} for a blank field, the word's index for a word, else {@link #NOT_A_WORD}. */
    int indexOf(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        if (s == e) {
            return EMPTY;
        }
        int n = e - s;
        // Most fields (numbers, names, dates) differ from every word in length or first byte: they
        // are told apart without comparing them with each word (a twentieth of a large import did).
        if (!firstBytes[b[s] & 0xff] || (n < 64 ? (lengths & (1L << n)) == 0 : !longWords)) {
            return NOT_A_WORD;
        }
        for (int w = 0; w < bytes.length; w++) {
            byte[] word = bytes[w];
            if (word.length == n && same(b, s, word)) {
                return w;
            }
        }
        return NOT_A_WORD;
    }

    private static boolean same(byte[] b, int s, byte[] word) {
        for (int i = 0; i < word.length; i++) {
            if (b[s + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MissingWords && ((MissingWords) o).words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return words.isEmpty() ? "none" : String.join(",", words);
    }
}
