package org.wsoa.diagnostic;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt keys and IDs. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to what was written, if it is close enough to be a likely slip
     * (about a third of the letters wrong at most), else null.
     */
    public static String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(written.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= allowed ? best : null;
    }

    /** "; did you mean `x`?" or nothing. */
    public static String didYouMean(String written, Collection<String> candidates) {
        String closest = closest(written, candidates);
        return closest == null ? "" : "; did you mean `" + closest + "`?";
    }

    /** Levenshtein distance, with a swap of two neighbouring letters counted as one slip. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
