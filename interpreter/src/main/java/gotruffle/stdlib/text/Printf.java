package gotruffle.stdlib.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Go 1.19's Printf format-string processing (pp.doPrintf), split in two:
 * <ul>
 * <li>{@link #parse}: the purely syntactic part — literal text and directives (flags, explicit
 * argument indexes {@code [n]}, width and precision as numbers or {@code *}, the verb). It depends only
 * on the format, so it can be cached per format string.</li>
 * <li>{@link #execute}: the argument-dependent part — argument numbering and reordering,
 * {@code *} operands, and the error forms %!(BADWIDTH), %!(BADPREC), %!v(BADINDEX), %!v(MISSING),
 * %!(NOVERB), %!(EXTRA type=value, ...).</li>
 * </ul>
 * Printing one operand is delegated to {@link Args#printArg} with the flags left in the shared
 * {@link Fmt}, which is all a value printer needs to implement.
 */
public final class Printf {
    /** The caller's view of the operands. */
    public interface Args {
        int count();

        /**
         * Go's intFromArg test: true if the argument has an integer kind (int*, uint*, uintptr) and its
         * value fits in a Go int (for unsigned kinds: is at most MaxInt64).
         */
        boolean isInt(int index);

        /** The integer value; only called when {@link #isInt} is true. */
        long intValue(int index);

        /** printArg(a[index], verb) using the flags, width and precision currently in f. */
        void printArg(int index, int verb, Fmt f);

        /** The argument's dynamic type name (reflect.TypeOf(arg).String()), or null for a nil interface. */
        String typeString(int index);
    }

    /** One piece of a parsed format: either literal bytes or a directive. */
    public sealed interface Piece permits Literal, Directive {
    }

    public record Literal(String text) implements Piece {
    }

    /**
     * An explicit argument index "[n]" as written: ok is false for a malformed one ("[x]", "[1", "[]"),
     * index is n-1.
     */
    public record ArgIndex(boolean ok, int index) {
    }

    /** Width or precision as written. */
    public enum SizeKind {
        /** no width given */
        NONE,
        /** a decimal number (for precision, "." alone means 0) */
        NUMBER,
        /** a '*' operand */
        STAR,
        /** a number too large to be a width or precision (Go then swallows the rest of the format) */
        TOO_LARGE
    }

    /**
     * A "%..." directive. flags as set by the flag characters; idx1 before the width, idx2 after the
     * '.', idx3 before the verb (each null when absent). verb is -1 when the format ended first (NOVERB).
     */
    public record Directive(boolean sharp, boolean zero, boolean plus, boolean minus, boolean space,
                            ArgIndex idx1, SizeKind widthKind, int width,
                            boolean hasPrec, ArgIndex idx2, SizeKind precKind, int prec,
                            ArgIndex idx3, int verb) implements Piece {
    }

    private Printf() {
    }

    private static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** parsenum at i: returns {num, isnum ? 1 : 0, newi}; an absurdly long number consumes to the end. */
    private static int[] parseNum(String s, int start, int end) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isNum = false;
        int i = start;
        for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) {
                return new int[] {0, 0, end}; // overflow: most likely a crazy long number
            }
            num = num * 10 + s.charAt(i) - '0';
            isNum = true;
        }
        return new int[] {num, isNum ? 1 : 0, i};
    }

    /** Parses "[n]" at i (format[i] == '['). Returns the index and the bytes consumed (1 if no ']' follows). */
    private static ArgIndex parseArgNumber(String format, int i, int[] consumed) {
        int len = format.length() - i;
        if (len < 3) {
            consumed[0] = 1;
            return new ArgIndex(false, 0);
        }
        for (int j = 1; j < len; j++) {
            if (format.charAt(i + j) == ']') {
                int[] r = parseNum(format, i + 1, i + j);
                consumed[0] = j + 1;
                if (r[1] == 0 || r[2] != i + j) {
                    return new ArgIndex(false, 0);
                }
                return new ArgIndex(true, r[0] - 1);
            }
        }
        consumed[0] = 1;
        return new ArgIndex(false, 0);
    }

    /** Splits a format byte-string into literal pieces and directives, mirroring doPrintf's scanning exactly. */
    public static List<Piece> parse(String format) {
        List<Piece> out = new ArrayList<>();
        int end = format.length();
        int[] consumed = new int[1];
        int i = 0;
        while (i < end) {
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                out.add(new Literal(format.substring(lasti, i)));
            }
            if (i >= end) {
                break;
            }
            i++; // skip '%'

            boolean sharp = false;
            boolean zero = false;
            boolean plus = false;
            boolean minus = false;
            boolean space = false;
            flags:
            for (; i < end; i++) {
                switch (format.charAt(i)) {
                    case '#' -> sharp = true;
                    case '0' -> zero = !minus; // zero padding only to the left
                    case '+' -> plus = true;
                    case '-' -> {
                        minus = true;
                        zero = false;
                    }
                    case ' ' -> space = true;
                    default -> {
                        break flags;
                    }
                }
            }

            ArgIndex idx1 = null;
            boolean afterIndex = false;
            if (i < end && format.charAt(i) == '[') {
                idx1 = parseArgNumber(format, i, consumed);
                i += consumed[0];
                afterIndex = idx1.ok;
            }

            SizeKind widthKind;
            int width = 0;
            if (i < end && format.charAt(i) == '*') {
                i++;
                widthKind = SizeKind.STAR;
                afterIndex = false;
            } else {
                int[] r = parseNum(format, i, end);
                if (r[1] != 0) {
                    widthKind = SizeKind.NUMBER;
                    width = r[0];
                } else {
                    widthKind = r[2] == end && i < end && format.charAt(i) >= '0' && format.charAt(i) <= '9'
                            ? SizeKind.TOO_LARGE : SizeKind.NONE;
                }
                i = r[2];
            }

            boolean hasPrec = false;
            ArgIndex idx2 = null;
            SizeKind precKind = SizeKind.NONE;
            int prec = 0;
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                hasPrec = true;
                boolean idx2After = false;
                if (i < end && format.charAt(i) == '[') {
                    idx2 = parseArgNumber(format, i, consumed);
                    i += consumed[0];
                    idx2After = idx2.ok;
                }
                afterIndex = idx2After;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    precKind = SizeKind.STAR;
                    afterIndex = false;
                } else {
                    int start = i;
                    int[] r = parseNum(format, i, end);
                    if (r[1] != 0) {
                        precKind = SizeKind.NUMBER;
                        prec = r[0];
                    } else {
                        precKind = r[2] == end && start < end && format.charAt(start) >= '0' && format.charAt(start) <= '9'
                                ? SizeKind.TOO_LARGE : SizeKind.NUMBER; // "." alone means precision 0
                    }
                    i = r[2];
                }
            }

            ArgIndex idx3 = null;
            if (!afterIndex && i < end && format.charAt(i) == '[') {
                idx3 = parseArgNumber(format, i, consumed);
                i += consumed[0];
            }

            int verb = -1;
            if (i < end) {
                int c = format.charAt(i);
                if (c < Utf8.RUNE_SELF) {
                    verb = c;
                    i++;
                } else {
                    long dec = Utf8.decodeRune(format, i, end);
                    verb = Utf8.rune(dec);
                    i += Utf8.width(dec);
                }
            }
            out.add(new Directive(sharp, zero, plus, minus, space, idx1, widthKind, width,
                    hasPrec, idx2, precKind, prec, idx3, verb));
            if (verb < 0) {
                break;
            }
        }
        return out;
    }

    /** Sprintf-style convenience: parse and execute into f.buf. */
    public static void doPrintf(Fmt f, String format, Args args) {
        execute(parse(format), f, args);
    }

    /** Runs parsed pieces against the operands, appending to f.buf. */
    public static void execute(List<Piece> pieces, Fmt f, Args args) {
        int numArgs = args.count();
        int argNum = 0;
        boolean reordered = false;
        for (Piece piece : pieces) {
            if (piece instanceof Literal lit) {
                f.buf.append(lit.text());
                continue;
            }
            Directive d = (Directive) piece;
            boolean goodArgNum = true;
            f.clearFlags();
            f.sharp = d.sharp();
            f.zero = d.zero();
            f.plus = d.plus();
            f.minus = d.minus();
            f.space = d.space();

            boolean afterIndex = false;
            if (d.idx1() != null) {
                reordered = true;
                if (d.idx1().ok() && 0 <= d.idx1().index() && d.idx1().index() < numArgs) {
                    argNum = d.idx1().index();
                } else {
                    goodArgNum = false;
                }
                afterIndex = d.idx1().ok();
            }

            switch (d.widthKind()) {
                case STAR -> {
                    long[] r = intFromArg(args, argNum);
                    f.wid = (int) r[0];
                    f.widPresent = r[1] != 0;
                    argNum = (int) r[2];
                    if (!f.widPresent) {
                        f.buf.append("%!(BADWIDTH)");
                    }
                    if (f.wid < 0) {
                        // A negative width means left-justify.
                        f.wid = -f.wid;
                        f.minus = true;
                        f.zero = false;
                    }
                    afterIndex = false;
                }
                case NUMBER -> {
                    f.wid = d.width();
                    f.widPresent = true;
                    if (afterIndex) {
                        goodArgNum = false; // "%[3]2d"
                    }
                }
                default -> {
                    // Go's fast path (a lower-case verb right after the flags, its operand present)
                    // never parses a width, so a Formatter's Width() still sees the last one set.
                    boolean fastPath = d.idx1() == null && !d.hasPrec() && 'a' <= d.verb() && d.verb() <= 'z'
                            && argNum < numArgs;
                    if (!fastPath) {
                        f.wid = 0;
                    }
                    f.widPresent = false;
                }
            }

            if (d.hasPrec()) {
                if (afterIndex) {
                    goodArgNum = false; // "%[3].2d"
                }
                afterIndex = false;
                if (d.idx2() != null) {
                    reordered = true;
                    if (d.idx2().ok() && 0 <= d.idx2().index() && d.idx2().index() < numArgs) {
                        argNum = d.idx2().index();
                    } else {
                        goodArgNum = false;
                    }
                    afterIndex = d.idx2().ok();
                }
                if (d.precKind() == SizeKind.STAR) {
                    long[] r = intFromArg(args, argNum);
                    f.prec = (int) r[0];
                    f.precPresent = r[1] != 0;
                    argNum = (int) r[2];
                    if (f.prec < 0) {
                        // A negative precision makes no sense: treat as absent.
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) {
                        f.buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    f.prec = d.prec();
                    f.precPresent = true;
                }
            }

            if (d.idx3() != null) {
                reordered = true;
                if (d.idx3().ok() && 0 <= d.idx3().index() && d.idx3().index() < numArgs) {
                    argNum = d.idx3().index();
                } else {
                    goodArgNum = false;
                }
            }

            int verb = d.verb();
            if (verb < 0) {
                f.buf.append("%!(NOVERB)");
                break;
            }
            if (verb == '%') {
                f.buf.append('%'); // absorbs no operand and ignores width and precision
            } else if (!goodArgNum) {
                PrintVerbs.badArgNum(f, verb);
            } else if (argNum >= numArgs) {
                PrintVerbs.missingArg(f, verb);
            } else {
                if (verb == 'v') {
                    // %#v and %+v are distinct flagless formats.
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plusV = f.plus;
                    f.plus = false;
                }
                args.printArg(argNum, verb, f);
                argNum++;
            }
        }

        // Unused operands are reported unless the format used explicit indexes.
        if (!reordered && argNum < numArgs) {
            f.clearFlags();
            f.buf.append("%!(EXTRA ");
            for (int i = argNum; i < numArgs; i++) {
                if (i > argNum) {
                    f.buf.append(", ");
                }
                String type = args.typeString(i);
                if (type == null) {
                    f.buf.append("<nil>");
                } else {
                    f.buf.append(type).append('=');
                    args.printArg(i, 'v', f);
                }
            }
            f.buf.append(')');
        }
    }

    /** intFromArg: {value, isInt ? 1 : 0, newArgNum}. */
    private static long[] intFromArg(Args args, int argNum) {
        long num = 0;
        boolean isInt = false;
        int newArgNum = argNum;
        if (argNum < args.count()) {
            isInt = args.isInt(argNum);
            if (isInt) {
                num = args.intValue(argNum);
            }
            newArgNum = argNum + 1;
            if (tooLarge(num)) {
                num = 0;
                isInt = false;
            }
        }
        return new long[] {num, isInt ? 1 : 0, newArgNum};
    }
}
