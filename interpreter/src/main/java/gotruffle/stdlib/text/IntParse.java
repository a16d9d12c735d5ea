package gotruffle.stdlib.text;

/**
 * strconv.ParseInt, ParseUint and Atoi of Go 1.19 (with a 64-bit int): bases 2..36, base 0 with
 * 0b/0o/0x/0 prefixes and '_' separators, range errors carrying the clamped value, and the exact
 * NumError each failure produces. Unsigned results are returned as raw 64-bit patterns.
 */
public final class IntParse {
    /** Result of a parse: value (0 on syntax errors, the clamped bound on range errors) and error (null on success). */
    public record Result(long value, NumError error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static final int INT_SIZE = 64;

    private IntParse() {
    }

    private static int lower(int c) {
        return c | ('x' - 'X');
    }

    /** ParseUint(s, base, bitSize); the value is an unsigned 64-bit pattern. */
    public static Result parseUint(String s, int base, int bitSize) {
        return parseUint("ParseUint", s, base, bitSize);
    }

    private static Result parseUint(String fn, String s0, int base, int bitSize) {
        if (s0.isEmpty()) {
            return new Result(0, NumError.syntax(fn, s0));
        }
        boolean base0 = base == 0;
        int start = 0;
        if (2 <= base && base <= 36) {
            // valid base
        } else if (base == 0) {
            base = 10;
            if (s0.charAt(0) == '0') {
                if (s0.length() >= 3 && lower(s0.charAt(1)) == 'b') {
                    base = 2;
                    start = 2;
                } else if (s0.length() >= 3 && lower(s0.charAt(1)) == 'o') {
                    base = 8;
                    start = 2;
                } else if (s0.length() >= 3 && lower(s0.charAt(1)) == 'x') {
                    base = 16;
                    start = 2;
                } else {
                    base = 8;
                    start = 1;
                }
            }
        } else {
            return new Result(0, new NumError(fn, s0, NumError.Kind.BASE, base));
        }
        if (bitSize == 0) {
            bitSize = INT_SIZE;
        } else if (bitSize < 0 || bitSize > 64) {
            return new Result(0, new NumError(fn, s0, NumError.Kind.BIT_SIZE, bitSize));
        }
        // cutoff: smallest n with n*base > 2^64-1.
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (int i = start; i < s0.length(); i++) {
            int c = s0.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if ('0' <= c && c <= '9') {
                d = c - '0';
            } else if ('a' <= lower(c) && lower(c) <= 'z') {
                d = lower(c) - 'a' + 10;
            } else {
                return new Result(0, NumError.syntax(fn, s0));
            }
            if (d >= base) {
                return new Result(0, NumError.syntax(fn, s0));
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                return new Result(maxVal, NumError.range(fn, s0)); // n*base overflows
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                return new Result(maxVal, NumError.range(fn, s0));
            }
            n = n1;
        }
        if (underscores && !underscoreOK(s0, 0, s0.length())) {
            return new Result(0, NumError.syntax(fn, s0));
        }
        return new Result(n, null);
    }

    /** ParseInt(s, base, bitSize). */
    public static Result parseInt(String s, int base, int bitSize) {
        return parseInt("ParseInt", s, base, bitSize);
    }

    private static Result parseInt(String fn, String s0, int base, int bitSize) {
        if (s0.isEmpty()) {
            return new Result(0, NumError.syntax(fn, s0));
        }
        String s = s0;
        boolean neg = false;
        if (s.charAt(0) == '+') {
            s = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        Result u = parseUint(fn, s, base, bitSize);
        if (u.error != null && u.error.kind != NumError.Kind.RANGE) {
            return new Result(0, u.error.withNum(s0));
        }
        if (bitSize == 0) {
            bitSize = INT_SIZE;
        }
        long un = u.value;
        long cutoff = 1L << (bitSize - 1); // as unsigned: 2^(bitSize-1)
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            return new Result(cutoff - 1, NumError.range(fn, s0));
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            return new Result(-cutoff, NumError.range(fn, s0));
        }
        return new Result(neg ? -un : un, null);
    }

    /** Atoi(s): ParseInt(s, 10, 0) reported as Atoi. */
    public static Result atoi(String s) {
        int len = s.length();
        if (0 < len && len < 19) {
            // Fast path: small decimal numbers with an optional sign.
            int i = 0;
            if (s.charAt(0) == '-' || s.charAt(0) == '+') {
                i = 1;
                if (len == 1) {
                    return new Result(0, NumError.syntax("Atoi", s));
                }
            }
            long n = 0;
            for (; i < len; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    return new Result(0, NumError.syntax("Atoi", s));
                }
                n = n * 10 + d;
            }
            return new Result(s.charAt(0) == '-' ? -n : n, null);
        }
        return parseInt("Atoi", s, 10, 0);
    }

    /**
     * Go's underscoreOK on s[from:to]: '_' only between digits, or between a base prefix and a
     * digit, after an optional sign.
     */
    public static boolean underscoreOK(String s, int from, int to) {
        char saw = '^'; // ^ start, 0 digit or prefix, _ underscore, ! anything else
        int i = from;
        if (to - i >= 1 && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        boolean hex = false;
        if (to - i >= 2 && s.charAt(i) == '0'
                && (lower(s.charAt(i + 1)) == 'b' || lower(s.charAt(i + 1)) == 'o' || lower(s.charAt(i + 1)) == 'x')) {
            hex = lower(s.charAt(i + 1)) == 'x';
            i += 2;
            saw = '0'; // the prefix counts as a digit
        }
        for (; i < to; i++) {
            int c = s.charAt(i);
            if ('0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /** ParseBool: "1", "t", "T", "TRUE", "true", "True" and their false counterparts. */
    public static Boolean parseBoolValue(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The error ParseBool returns for a string {@link #parseBoolValue} rejects. */
    public static NumError parseBoolError(String s) {
        return NumError.syntax("ParseBool", s);
    }
}
