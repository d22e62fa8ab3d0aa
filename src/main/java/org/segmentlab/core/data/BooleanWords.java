package org.segmentlab.core.data;

/** The words read as yes/no values: true/false, yes/no and y/n, in any case. */
final class BooleanWords {

    static final int NOT_A_BOOLEAN = -1;

    private BooleanWords() {
    }

    /** 1 for true, 0 for false, {@link #NOT_A_BOOLEAN} otherwise. */
    static int parse(byte[] b, int s, int e) {
        switch (e - s) {
            case 1:
                return letter(b[s], 'y') ? 1 : letter(b[s], 'n') ? 0 : NOT_A_BOOLEAN;
            case 2:
                return letter(b[s], 'n') && letter(b[s + 1], 'o') ? 0 : NOT_A_BOOLEAN;
            case 3:
                return letter(b[s], 'y') && letter(b[s + 1], 'e') && letter(b[s + 2], 's') ? 1 : NOT_A_BOOLEAN;
            case 4:
                return letter(b[s], 't') && letter(b[s + 1], 'r') && letter(b[s + 2], 'u') && letter(b[s + 3], 'e')
                        ? 1 : NOT_A_BOOLEAN;
            case 5:
                return letter(b[s], 'f') && letter(b[s + 1], 'a') && letter(b[s + 2], 'l')
                        && letter(b[s + 3], 's') && letter(b[s + 4], 'e') ? 0 : NOT_A_BOOLEAN;
            default:
                return NOT_A_BOOLEAN;
        }
    }

    private static boolean letter(byte c, char lower) {
        return c == lower || c == lower - 32;
    }
}
