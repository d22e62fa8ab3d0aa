package org.segmentlab.core.segment.cluster;

/**
 * Derives independent seeds from the user's seed, so that a run gives the same segments whichever
 * thread does which part of the work.
 */
final class Seeds {

    private Seeds() {
    }

    /** A seed for the part of a run named by {@code salts} (e.g. k and restart number). */
    static long derive(long seed, long... salts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long salt : salts) {
            h = mix(h + 0x9E3779B97F4A7C15L * (salt + 1));
        }
        return h;
    }

    // SplitMix64's finaliser: small input changes flip about half the output bits.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
