package gotruffle.stdlib.text;

import java.util.function.Consumer;

/**
 * The per-type verb dispatch of Go 1.19's fmt/print.go for primitive values (pp.fmtBool,
 * fmtInteger, fmtFloat, fmtComplex, fmtString, fmtBytes, fmt0x64, fmtPointer) plus the error forms
 * (%!verb(type=value), %!verb(BADINDEX), %!verb(MISSING)). Methods returning boolean return false
 * when Go would call badVerb: the caller then prints the bad-verb form with {@link #badVerb}, because
 * only it knows the value's type name and how to print the value with %v.
 */
public final class PrintVerbs {
    private PrintVerbs() {
    }

    public static boolean fmtBool(Fmt f, boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            f.fmtBoolean(v);
            return true;
        }
        return false;
    }

    /** fmt0x64: hex with or without a leading 0x, whatever the sharp flag says. */
    public static void fmt0x64(Fmt f, long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        f.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        f.sharp = sharp;
    }

    /** Integers of any kind: v is the 64-bit pattern (sign-extended for signed kinds). */
    public static boolean fmtInteger(Fmt f, long v, boolean isSigned, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV && !isSigned) {
                    fmt0x64(f, v, true);
                } else {
                    f.fmtInteger(v, 10, isSigned, verb, Fmt.LDIGITS);
                }
            }
            case 'd' -> f.fmtInteger(v, 10, isSigned, verb, Fmt.LDIGITS);
            case 'b' -> f.fmtInteger(v, 2, isSigned, verb, Fmt.LDIGITS);
            case 'o', 'O' -> f.fmtInteger(v, 8, isSigned, verb, Fmt.LDIGITS);
            case 'x' -> f.fmtInteger(v, 16, isSigned, verb, Fmt.LDIGITS);
            case 'X' -> f.fmtInteger(v, 16, isSigned, verb, Fmt.UDIGITS);
            case 'c' -> f.fmtC(v);
            case 'q' -> f.fmtQc(v);
            case 'U' -> f.fmtUnicode(v);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Floats: size is 32 or 64; %v is %g with the shortest representation. */
    public static boolean fmtFloat(Fmt f, double v, int size, int verb) {
        switch (verb) {
            case 'v' -> f.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> f.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E' -> f.fmtFloat(v, size, verb, 6);
            case 'F' -> f.fmtFloat(v, size, 'f', 6);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Complex numbers as (r+ji); size is 64 or 128. Bad verbs are detected before anything is written. */
    public static boolean fmtComplex(Fmt f, double re, double im, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = f.plus;
                f.buf.append('(');
                fmtFloat(f, re, size / 2, verb);
                f.plus = true; // the imaginary part always has a sign
                fmtFloat(f, im, size / 2, verb);
                f.buf.append("i)");
                f.plus = oldPlus;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Strings (byte-strings). */
    public static boolean fmtString(Fmt f, String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.fmtQ(v);
                } else {
                    f.fmtS(v);
                }
            }
            case 's' -> f.fmtS(v);
            case 'x' -> f.fmtSx(v, Fmt.LDIGITS);
            case 'X' -> f.fmtSx(v, Fmt.UDIGITS);
            case 'q' -> f.fmtQ(v);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * []byte (given as a byte-string of its contents; isNil for a nil slice). typeString is the
     * slice/array type name used by %#v (e.g. "[]byte", "[]uint8", "[4]uint8"). Returns false for other
     * verbs: Go then prints it as an ordinary slice of uint8 (printValue), which is the caller's job.
     */
    public static boolean fmtBytes(Fmt f, String v, boolean isNil, int verb, String typeString) {
        switch (verb) {
            case 'v', 'd' -> {
                if (f.sharpV) {
                    f.buf.append(typeString);
                    if (isNil) {
                        f.buf.append("(nil)");
                        return true;
                    }
                    f.buf.append('{');
                    for (int i = 0; i < v.length(); i++) {
                        if (i > 0) {
                            f.buf.append(", ");
                        }
                        fmt0x64(f, v.charAt(i) & 0xFF, true);
                    }
                    f.buf.append('}');
                } else {
                    f.buf.append('[');
                    for (int i = 0; i < v.length(); i++) {
                        if (i > 0) {
                            f.buf.append(' ');
                        }
                        f.fmtInteger(v.charAt(i) & 0xFF, 10, false, verb, Fmt.LDIGITS);
                    }
                    f.buf.append(']');
                }
            }
            case 's' -> f.fmtS(v);
            case 'x' -> f.fmtSx(v, Fmt.LDIGITS);
            case 'X' -> f.fmtSx(v, Fmt.UDIGITS);
            case 'q' -> f.fmtQ(v);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Pointer-like values (chan, func, map, pointer, slice, unsafe.Pointer) given their address;
     * typeString is used by %#v. Returns false for a bad verb.
     */
    public static boolean fmtPointer(Fmt f, long address, int verb, String typeString) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.buf.append('(').append(typeString).append(")(");
                    if (address == 0) {
                        f.buf.append("nil");
                    } else {
                        fmt0x64(f, address, true);
                    }
                    f.buf.append(')');
                } else if (address == 0) {
                    f.padString("<nil>");
                } else {
                    fmt0x64(f, address, !f.sharp);
                }
            }
            case 'p' -> fmt0x64(f, address, !f.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(f, address, false, verb);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * badVerb: "%!verb(type=value)", or "%!verb(&lt;nil&gt;)" when typeString is null (nil interface).
     * printValueV prints the value with verb 'v' using the current flags (Go does not clear them),
     * and must not call String()/Error() methods (Go's erroring guard).
     */
    public static void badVerb(Fmt f, int verb, String typeString, Consumer<Fmt> printValueV) {
        f.buf.append("%!");
        Utf8.appendRune(f.buf, verb);
        f.buf.append('(');
        if (typeString == null) {
            f.buf.append("<nil>");
        } else {
            f.buf.append(typeString).append('=');
            printValueV.accept(f);
        }
        f.buf.append(')');
    }

    /** "%!verb(BADINDEX)". */
    public static void badArgNum(Fmt f, int verb) {
        f.buf.append("%!");
        Utf8.appendRune(f.buf, verb);
        f.buf.append("(BADINDEX)");
    }

    /** "%!verb(MISSING)". */
    public static void missingArg(Fmt f, int verb) {
        f.buf.append("%!");
        Utf8.appendRune(f.buf, verb);
        f.buf.append("(MISSING)");
    }
}
