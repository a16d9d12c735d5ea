package gotruffle.stdlib.natives;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Go's limit on nested counted repetitions, which re2j does not have: Go rejects a repeat
 * {m,n} (m or n at least 2) when the counts on any path down from it multiply past 1,000, as in
 * {@code (a{100}){100}} ("invalid repeat count"). Reads an expression re2j accepted, so its
 * syntax is valid.
 */
final class RegexpRepeatSize {
    private RegexpRepeatSize() {}

    private static final long LIMIT = 1000;
    private static final long HUGE = 1L << 40;

    /** A group being read: the largest need of its finished atoms, and the need of the last one (-1: none). */
    private static final class Frame {
        long done;
        long last = -1;

        void atom(long need) {
            finish();
            last = need;
        }

        void finish() {
            done = Math.max(done, last);
            last = -1;
        }
    }

    /**
     * The text of the first repeat (in Go's parse order) that is too large, as Go quotes it
     * ("{100}", with a non-greedy '?'), or null. An atom's need is the smallest budget Go's check
     * lets it through with: a repeat of at most m needs m times what its operand needs.
     */
    static String tooLarge(String expr) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame cur = new Frame();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            switch (c) {
                case '\\' -> {
                    i = skipEscape(expr, i);
                    cur.atom(0);
                    continue;
                }
                case '[' -> {
                    i = skipClass(expr, i);
                    cur.atom(0);
                    continue;
                }
                case '(' -> {
                    if (expr.startsWith("(?", i) && !expr.startsWith("(?P<", i)) {
                        int close = expr.indexOf(')', i), colon = expr.indexOf(':', i);
                        if (colon < 0 || close < colon) { // flags only: (?i)
                            i = close + 1;
                            continue;
                        }
                    }
                    stack.push(cur);
                    cur = new Frame();
                }
                case ')' -> {
                    cur.finish();
                    long need = cur.done;
                    cur = stack.isEmpty() ? new Frame() : stack.pop();
                    cur.atom(need);
                }
                case '|' -> cur.finish();
                case '*', '+', '?' -> {
                    if (i + 1 < expr.length() && expr.charAt(i + 1) == '?') {
                        i++;
                    }
                }
                case '{' -> {
                    int end = expr.indexOf('}', i);
                    int[] counts = end < 0 ? null : counts(expr.substring(i + 1, end));
                    if (counts == null || cur.last < 0) {
                        cur.atom(0); // a literal '{'
                        break;
                    }
                    int min = counts[0], max = counts[1];
                    int m = max < 0 ? min : max;
                    long need = max == 0 ? 0 : m == 0 ? cur.last : Math.min(HUGE, Math.max(m, m * cur.last));
                    int after = end + 1 < expr.length() && expr.charAt(end + 1) == '?' ? end + 2 : end + 1;
                    if ((min >= 2 || max >= 2) && need > LIMIT) {
                        return expr.substring(i, after);
                    }
                    cur.last = need;
                    i = after;
                    continue;
                }
                default -> cur.atom(0);
            }
            i++;
        }
        return null;
    }

    /** {m}, {m,} (max -1) or {m,n} as {min, max}; null when the text is no repeat (then '{' is a literal). */
    private static int[] counts(String s) {
        if (!s.matches("\\d+(,\\d*)?")) {
            return null;
        }
        int comma = s.indexOf(',');
        if (comma < 0) {
            int n = Integer.parseInt(s);
            return new int[]{n, n};
        }
        int min = Integer.parseInt(s.substring(0, comma));
        return new int[]{min, comma == s.length() - 1 ? -1 : Integer.parseInt(s.substring(comma + 1))};
    }

    /** Past the escape at i. */
    static int skipEscape(String expr, int i) {
        if (i + 1 >= expr.length()) {
            return expr.length();
        }
        char e = expr.charAt(i + 1);
        if (e == 'Q') { // literal text up to \E
            int end = expr.indexOf("\\E", i + 2);
            return end < 0 ? expr.length() : end + 2;
        }
        if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < expr.length() && expr.charAt(i + 2) == '{') {
            int end = expr.indexOf('}', i);
            return end < 0 ? expr.length() : end + 1;
        }
        if (e == 'x') {
            return Math.min(expr.length(), i + 4);
        }
        if (e >= '0' && e <= '7') {
            int j = i + 1;
            while (j < expr.length() && j < i + 4 && expr.charAt(j) >= '0' && expr.charAt(j) <= '7') {
                j++;
            }
            return j;
        }
        return i + 2;
    }

    /** Past the character class that starts at i. */
    static int skipClass(String expr, int i) {
        int j = i + 1;
        if (j < expr.length() && expr.charAt(j) == '^') {
            j++;
        }
        if (j < expr.length() && expr.charAt(j) == ']') {
            j++;
        }
        while (j < expr.length()) {
            char c = expr.charAt(j);
            if (c == '\\') {
                j = skipEscape(expr, j);
                continue;
            }
            if (expr.startsWith("[:", j) && expr.indexOf(":]", j + 2) > 0) {
                j = expr.indexOf(":]", j + 2) + 2;
                continue;
            }
            if (c == ']') {
                return j + 1;
            }
            j++;
        }
        return expr.length();
    }
}
