package dev.gridbot.config;

import java.util.List;
import java.util.Locale;

/** Phrases the hint after an unknown key or value: the nearest allowed name, or all of them. */
final class KeySuggestion {

    private static final int MIN_TYPO_DISTANCE = 2;
    private static final int MIN_PREFIX_LENGTH = 3;

    private KeySuggestion() {
    }

    /**
     * A candidate is near if the written name starts it ({@code maxPos}) or is a few edits away,
     * a third of the candidate's length at most ({@code strategy} for {@code strategies}).
     */
    static String suggest(String written, List<String> allowed) {
        String lowerWritten = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            String lowerCandidate = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(lowerWritten, lowerCandidate);
            boolean prefix = lowerWritten.length() >= MIN_PREFIX_LENGTH && lowerCandidate.startsWith(lowerWritten);
            boolean near = prefix || distance <= Math.max(MIN_TYPO_DISTANCE, candidate.length() / 3);
            if (near && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null ? "did you mean '" + best + "'?" : "expected " + oneOf(allowed);
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    static String oneOf(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
