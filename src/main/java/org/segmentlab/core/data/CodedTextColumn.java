package org.segmentlab.core.data;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * Makes a Tablesaw text column from the value codes of its rows in one go. Appending millions of
 * Strings one by one costs Tablesaw three hash lookups per row, which made text columns the slowest
 * part of an import; here each distinct value is put in the column's dictionary once.
 *
 * <p>The column is the same as the one {@link StringColumn#append(String)} would build from the same
 * rows: the same dictionary width (byte, short or int keys by the number of distinct values), the same
 * keys (numbered in order of first appearance) and the same order of insertion into its maps, so even
 * the order of {@code unique()} does not change.
 */
final class CodedTextColumn {

    /** The missing-value code of a row. */
    static final int MISSING = -1;

    /** Distinct values that byte and short dictionaries can hold: their keys run from MIN + 1 to MAX - 1. */
    private static final int BYTE_KEYS = Byte.MAX_VALUE - Byte.MIN_VALUE - 1;
    private static final int SHORT_KEYS = Short.MAX_VALUE - Short.MIN_VALUE - 1;

    private final int rows;
    /** Per row: the key's rank (0 = first value to appear), or {@link #MISSING}. */
    private final int[] ranks;
    /** Per rank: the value and its number of rows. */
    private final String[] values;
    private final int[] counts;
    private final int distinct;
    private final int missing;
    /** How many distinct values came before the first missing row (-1: none is missing). */
    private final int missingAfter;

    private CodedTextColumn(int rows, int[] ranks, String[] values, int[] counts, int distinct, int missing,
                            int missingAfter) {
        this.rows = rows;
        this.ranks = ranks;
        this.values = values;
        this.counts = counts;
        this.distinct = distinct;
        this.missing = missing;
        this.missingAfter = missingAfter;
    }

    /**
     * The column of the first {@code rows} codes; {@code codes} is overwritten.
     *
     * @param codes per row a code of {@code pool}, or {@link #MISSING}; codes need not be in order
     *              of first appearance (a rejected row may have taken one)
     */
    static StringColumn build(String name, int[] codes, int rows, StringPool pool) {
        int poolSize = pool.size();
        int[] rankOfCode = new int[poolSize];
        Arrays.fill(rankOfCode, -1);
        String[] values = new String[poolSize];
        int[] counts = new int[poolSize];
        int distinct = 0;
        int missing = 0;
        int missingAfter = -1;
        for (int r = 0; r < rows; r++) {
            int code = codes[r];
            if (code == MISSING) {
                if (missing++ == 0) {
                    missingAfter = distinct;
                }
                continue;
            }
            int rank = rankOfCode[code];
            if (rank < 0) {
                rank = distinct++;
                rankOfCode[code] = rank;
                values[rank] = pool.value(code);
            }
            counts[rank]++;
            codes[r] = rank;
        }
        CodedTextColumn column = new CodedTextColumn(rows, codes, values, counts, distinct, missing, missingAfter);
        DictionaryMap map = distinct <= BYTE_KEYS ? column.byteKeys()
                : distinct <= SHORT_KEYS ? column.shortKeys() : column.intKeys();
        return StringColumn.createInternal(name, map);
    }

    private boolean missingBefore(int rank) {
        return missing > 0 && missingAfter == rank;
    }

    private DictionaryMap byteKeys() {
        byte[] keys = new byte[rows];
        for (int r = 0; r < rows; r++) {
            keys[r] = ranks[r] == MISSING ? Byte.MAX_VALUE : (byte) (Byte.MIN_VALUE + 1 + ranks[r]);
        }
        Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>();
        Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>();
        valueToKey.defaultReturnValue(Byte.MIN_VALUE);
        Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap();
        String missingValue = StringColumnType.missingValueIndicator();
        for (int rank = 0; rank <= distinct; rank++) {
            if (missingBefore(rank)) {
                keyToValue.put(Byte.MAX_VALUE, missingValue);
                valueToKey.put(missingValue, Byte.MAX_VALUE);
                keyToCount.put(Byte.MAX_VALUE, missing);
            }
            if (rank < distinct) {
                byte key = (byte) (Byte.MIN_VALUE + 1 + rank);
                keyToValue.put(key, values[rank]);
                valueToKey.put(values[rank], key);
                keyToCount.put(key, counts[rank]);
            }
        }
        return new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(Byte.MIN_VALUE + distinct)
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys).build();
    }

    private DictionaryMap shortKeys() {
        short[] keys = new short[rows];
        for (int r = 0; r < rows; r++) {
            keys[r] = ranks[r] == MISSING ? Short.MAX_VALUE : (short) (Short.MIN_VALUE + 1 + ranks[r]);
        }
        Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>();
        Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>();
        valueToKey.defaultReturnValue(Short.MIN_VALUE);
        Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap();
        String missingValue = StringColumnType.missingValueIndicator();
        for (int rank = 0; rank <= distinct; rank++) {
            if (missingBefore(rank)) {
                keyToValue.put(Short.MAX_VALUE, missingValue);
                valueToKey.put(missingValue, Short.MAX_VALUE);
                keyToCount.put(Short.MAX_VALUE, missing);
            }
            if (rank < distinct) {
                short key = (short) (Short.MIN_VALUE + 1 + rank);
                keyToValue.put(key, values[rank]);
                valueToKey.put(values[rank], key);
                keyToCount.put(key, counts[rank]);
            }
        }
        return new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(Short.MIN_VALUE + distinct)
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys).build();
    }

    private DictionaryMap intKeys() {
        int[] keys = ranks;
        for (int r = 0; r < rows; r++) {
            keys[r] = ranks[r] == MISSING ? Integer.MAX_VALUE : Integer.MIN_VALUE + 1 + ranks[r];
        }
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>();
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>();
        valueToKey.defaultReturnValue(Integer.MIN_VALUE);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap();
        String missingValue = StringColumnType.missingValueIndicator();
        for (int rank = 0; rank <= distinct; rank++) {
            if (missingBefore(rank)) {
                keyToValue.put(Integer.MAX_VALUE, missingValue);
                valueToKey.put(missingValue, Integer.MAX_VALUE);
                keyToCount.put(Integer.MAX_VALUE, missing);
            }
            if (rank < distinct) {
                int key = Integer.MIN_VALUE + 1 + rank;
                keyToValue.put(key, values[rank]);
                valueToKey.put(values[rank], key);
                keyToCount.put(key, counts[rank]);
            }
        }
        return new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(Integer.MIN_VALUE + distinct)
                .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount)
                .setValues(rows == keys.length ? keys : Arrays.copyOf(keys, rows)).build();
    }
}
