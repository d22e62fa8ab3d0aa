package org.segmentlab.core.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns field bytes into Strings in the file's charset. In UTF-8 it checks the bytes, because a file
 * that is not valid UTF-8 must be read again as ISO-8859-1 rather than show replacement characters.
 */
final class TextDecoder {

    /** Thrown when bytes read as UTF-8 turn out not to be UTF-8; the importer then starts over. */
    static final class NotUtf8Exception extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception() {
            super("not UTF-8", null, false, false);
        }
    }

    private final Charset charset;
    private final boolean checkUtf8;

    TextDecoder(Charset charset, boolean checkUtf8) {
        this.charset = charset;
        this.checkUtf8 = checkUtf8 && charset.equals(StandardCharsets.UTF_8);
    }

    Charset charset() {
        return charset;
    }

    String decode(byte[] b, int start, int end) {
        if (checkUtf8 && !isValidUtf8(b, start, end)) {
            throw new NotUtf8Exception();
        }
        return new String(b, start, end - start, charset);
    }

    /** True when the bytes are well-formed UTF-8 (no overlong forms, no surrogates). */
    static boolean isValidUtf8(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int needed;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                needed = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                needed = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                needed = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + needed >= end) {
                return false;
            }
            int cp = c & (0x3F >> needed);
            for (int k = 1; k <= needed; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += needed + 1;
        }
        return true;
    }

    /**
     * Like {@link #isValidUtf8} but allows the bytes to stop in the middle of a character, as a
     * fixed-size head of a file may.
     */
    static boolean isValidUtf8Prefix(byte[] b, int start, int end) {
        int cut = end;
        // Step back over at most three continuation bytes to the start of the last character.
        for (int k = 0; k < 4 && cut > start; k++) {
            int c = b[cut - 1] & 0xFF;
            if (c < 0x80) {
                break;
            }
            cut--;
            if (c >= 0xC0) {
                break;
            }
        }
        return isValidUtf8(b, start, cut);
    }
}
