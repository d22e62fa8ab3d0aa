package org.segmentlab.core.features.events;

import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * Turns a text column into int codes (blank or missing = -1), one dictionary lookup per distinct
 * value rather than per row: a Tablesaw string column already numbers its distinct values, so
 * those numbers are translated once.
 */
final class TextCodes {

    private static final int MISSING = -1;
    private static final int UNSEEN = -2;
    private static final int MAX_KEY_RANGE = 1 << 24;

    private TextCodes() {
    }

    static int[] encode(Column<?> column, Dictionary dictionary) {
        if (column instanceof StringColumn) {
            int[] codes = encodeByKeys((StringColumn) column, dictionary);
            if (codes != null) {
                return codes;
            }
        }
        int[] codes = new int[column.size()];
        for (int row = 0; row < codes.length; row++) {
            codes[row] = codeOf(column.isMissing(row) ? null : column.getString(row), dictionary);
        }
        return codes;
    }

    private static int[] encodeByKeys(StringColumn column, Dictionary dictionary) {
        DictionaryMap map = column.getDictionary();
        int rows = column.size();
        int[] keys = new int[rows];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int row = 0; row < rows; row++) {
            int key = map.getKeyForIndex(row);
            keys[row] = key;
            min = Math.min(min, key);
            max = Math.max(max, key);
        }
        if (rows > 0 && (long) max - min >= MAX_KEY_RANGE) {
            return null;
        }
        int[] codeOfKey = new int[rows == 0 ? 0 : max - min + 1];
        Arrays.fill(codeOfKey, UNSEEN);
        for (int row = 0; row < rows; row++) {
            int slot = keys[row] - min;
            int code = codeOfKey[slot];
            if (code == UNSEEN) {
                code = codeOf(map.getValueForKey(keys[row]), dictionary);
                codeOfKey[slot] = code;
            }
            keys[row] = code;
        }
        return keys;
    }

    private static int codeOf(String value, Dictionary dictionary) {
        if (value == null) {
            return MISSING;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? MISSING : dictionary.codeOf(stripped);
    }
}
