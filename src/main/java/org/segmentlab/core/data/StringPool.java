package org.segmentlab.core.data;

import java.util.Arrays;

/**
 * Numbers the distinct values of a text column in order of first appearance and decodes each of
 * them once, so a column of repeated values (customer ids, event types, countries) costs one lookup
 * per row and one String per distinct value. Once a column proves to hold very many distinct values
 * the pool stops growing: a new value then has no code and is simply decoded.
 */
final class StringPool {

    /** The code of a value the full pool did not take. */
    static final int NOT_POOLED = -1;

    static final int MAX_ENTRIES = 1 << 21;
    private static final int MAX_ARENA = 64 << 20;

    private final TextDecoder decoder;
    private final int maxEntries;
    /**
     * Open addressing: the value's hash in the high half and its code + 1 in the low half (0 = empty),
     * so a probe reads one array before it compares bytes.
     */
    private long[] slots = new long[1024];
    private int mask = slots.length - 1;
    private int size;
    /** Per code: where its bytes start in the arena (high half) and how many there are (low half). */
    private long[] places = new long[256];
    private String[] strings = new String[256];
    private byte[] arena = new byte[4096];
    private int arenaUsed;

    StringPool(TextDecoder decoder) {
        this(decoder, MAX_ENTRIES);
    }

    /** With a smaller limit, so tests reach it. */
    StringPool(TextDecoder decoder, int maxEntries) {
        this.decoder = decoder;
        this.maxEntries = maxEntries;
    }

    /** The pooled String of these bytes, or a fresh one when the pool is full. */
    String get(byte[] b, int start, int end) {
        int code = code(b, start, end);
        return code == NOT_POOLED ? decoder.decode(b, start, end) : strings[code];
    }

    /**
     * The code of these bytes: 0 for the first distinct value, 1 for the next, ...; a new value is
     * decoded (and checked) here. {@link #NOT_POOLED} when the value is new and the pool is full.
     */
    int code(byte[] b, int start, int end) {
        int len = end - start;
        int h = hash(b, start, end);
        int slot = h & mask;
        while (true) {
            long entry = slots[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == h) {
                int code = (int) entry - 1;
                long place = places[code];
                if ((int) place == len && sameBytes((int) (place >>> 32), b, start, len)) {
                    return code;
                }
            }
            slot = (slot + 1) & mask;
        }
        if (size >= maxEntries || arenaUsed + len > MAX_ARENA) {
            return NOT_POOLED;
        }
        add(slot, h, b, start, len, decoder.decode(b, start, end));
        return size - 1;
    }

    /** This pool's code of the value that has {@code code} in {@code other}; see {@link #code}. */
    int codeOf(StringPool other, int code) {
        long place = other.places[code];
        int start = (int) (place >>> 32);
        return code(other.arena, start, start + (int) place);
    }

    /** The value of a code. */
    String value(int code) {
        return strings[code];
    }

    /** How many distinct values have a code. */
    int size() {
        return size;
    }

    private static int hash(byte[] b, int start, int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    /** A plain loop: ids and category values are short, where {@link Arrays#equals} costs more than it saves. */
    private boolean sameBytes(int offset, byte[] b, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (arena[offset + i] != b[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void add(int slot, int h, byte[] b, int start, int len, String value) {
        if (size == strings.length) {
            int n = size * 2;
            places = Arrays.copyOf(places, n);
            strings = Arrays.copyOf(strings, n);
        }
        if (arenaUsed + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.min(MAX_ARENA, Math.max(arena.length * 2, arenaUsed + len)));
        }
        System.arraycopy(b, start, arena, arenaUsed, len);
        places[size] = ((long) arenaUsed << 32) | len;
        strings[size] = value;
        arenaUsed += len;
        size++;
        slots[slot] = ((long) h << 32) | size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }
}
