package org.segmentlab.core.data;

import java.util.Arrays;

/**
 * Gives the same String instance for the same field bytes, so a column of repeated values (customer
 * ids, countries, product names) decodes each distinct value once and the table's dictionary finds it
 * by its cached hash. Once a column proves to be mostly distinct values the pool stops growing and
 * simply decodes.
 */
final class StringPool {

    private static final int MAX_ENTRIES = 1 << 18;
    private static final int MAX_ARENA = 32 << 20;

    private final TextDecoder decoder;
    private int[] slots = new int[1024];
    private int mask = slots.length - 1;
    private int size;
    private int[] hashes = new int[256];
    private int[] offsets = new int[256];
    private int[] lengths = new int[256];
    private String[] strings = new String[256];
    private byte[] arena = new byte[4096];
    private int arenaUsed;

    StringPool(TextDecoder decoder) {
        this.decoder = decoder;
    }

    String get(byte[] b, int start, int end) {
        int len = end - start;
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        int slot = h & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                break;
            }
            int idx = entry - 1;
            if (hashes[idx] == h && lengths[idx] == len && sameBytes(offsets[idx], b, start, len)) {
                return strings[idx];
            }
            slot = (slot + 1) & mask;
        }
        String value = decoder.decode(b, start, end);
        if (size < MAX_ENTRIES && arenaUsed + len <= MAX_ARENA) {
            add(slot, h, b, start, len, value);
        }
        return value;
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
        if (size == hashes.length) {
            int n = size * 2;
            hashes = Arrays.copyOf(hashes, n);
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            strings = Arrays.copyOf(strings, n);
        }
        if (arenaUsed + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + len));
        }
        System.arraycopy(b, start, arena, arenaUsed, len);
        hashes[size] = h;
        offsets[size] = arenaUsed;
        lengths[size] = len;
        strings[size] = value;
        arenaUsed += len;
        size++;
        slots[slot] = size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = hashes[i] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }
}
