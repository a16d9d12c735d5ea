package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.UnicodePrint;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStrings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Natives of unicode and unicode/utf8. Character classes and case mappings come from Java's
 * Character (a newer Unicode than Go 1.19's 13.0: code points assigned since then are classified
 * where Go would say "no"; classes of older code points agree in practice). IsPrint/IsGraphic
 * follow strconv's Go-exact tables.
 */
public final class UnicodeNatives {
    private UnicodeNatives() {}

    public static void register(Map<String, Native> t) {
        registerUtf8(t);
        t.put("unicode.IsLetter", (ctx, f, a) -> isLetter(r(a)));
        t.put("unicode.IsDigit", (ctx, f, a) -> isDigit(r(a)));
        t.put("unicode.IsNumber", (ctx, f, a) -> inCategory("N", r(a)));
        t.put("unicode.IsSpace", (ctx, f, a) -> isSpace(r(a)));
        t.put("unicode.IsUpper", (ctx, f, a) -> inCategory("Lu", r(a)));
        t.put("unicode.IsLower", (ctx, f, a) -> inCategory("Ll", r(a)));
        t.put("unicode.IsTitle", (ctx, f, a) -> inCategory("Lt", r(a)));
        t.put("unicode.IsPunct", (ctx, f, a) -> inCategory("P", r(a)));
        t.put("unicode.IsMark", (ctx, f, a) -> inCategory("M", r(a)));
        t.put("unicode.IsSymbol", (ctx, f, a) -> inCategory("S", r(a)));
        t.put("unicode.IsControl", (ctx, f, a) -> {
            long r = r(a);
            return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0); // Go: only Latin-1 C0/C1 controls
        });
        t.put("unicode.IsPrint", (ctx, f, a) -> valid(r(a)) && UnicodePrint.isPrint((int) r(a)));
        t.put("unicode.IsGraphic", (ctx, f, a) -> valid(r(a)) && UnicodePrint.isGraphic((int) r(a)));
        t.put("unicode.ToUpper", (ctx, f, a) -> (long) toUpper(r(a)));
        t.put("unicode.ToLower", (ctx, f, a) -> (long) toLower(r(a)));
        t.put("unicode.ToTitle", (ctx, f, a) -> {
            long r = r(a);
            return valid(r) ? (long) Character.toTitleCase((int) r) : r;
        });
        t.put("unicode.SimpleFold", (ctx, f, a) -> (long) CaseFold.simpleFold((int) r(a)));
        t.put("unicode.inBuiltin", (ctx, f, a) -> inBuiltin((String) a[0], (Long) a[1]));
    }

    private static long r(Object[] a) {
        return (Long) a[0];
    }

    static boolean valid(long r) {
        return r >= 0 && r <= Character.MAX_CODE_POINT;
    }

    public static boolean isLetter(long r) {
        if (r < 0x80) {
            return r >= 0 && ((r | 0x20) >= 'a' && (r | 0x20) <= 'z');
        }
        return valid(r) && Character.isLetter((int) r);
    }

    public static boolean isDigit(long r) {
        if (r < 0x80) {
            return r >= '0' && r <= '9';
        }
        return valid(r) && Character.getType((int) r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Go's IsSpace: the Latin-1 spaces, else the White_Space property. */
    public static boolean isSpace(long r) {
        if (r <= 0xFF) {
            return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
        }
        return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
                || r == 0x3000;
    }

    public static int toUpper(long r) {
        if (r < 0x80) {
            return (int) (r >= 'a' && r <= 'z' ? r - 32 : r);
        }
        return valid(r) ? Character.toUpperCase((int) r) : (int) r;
    }

    public static int toLower(long r) {
        if (r < 0x80) {
            return (int) (r >= 'A' && r <= 'Z' ? r + 32 : r);
        }
        return valid(r) ? Character.toLowerCase((int) r) : (int) r;
    }

    public static int toTitle(long r) {
        if (r < 0x80) {
            return toUpper(r);
        }
        return valid(r) ? Character.toTitleCase((int) r) : (int) r;
    }

    /** Whether r is in the general category cat: one letter (major class) or two (exact category). */
    static boolean inCategory(String cat, long r) {
        if (!valid(r)) {
            return false;
        }
        String c = category(Character.getType((int) r));
        return cat.length() == 1 ? c.charAt(0) == cat.charAt(0) : c.equals(cat);
    }

    /** The binary properties of unicode's tables that the JDK's regular expressions know. */
    private static final Map<String, Pattern> PROPERTIES = new ConcurrentHashMap<>();

    static boolean inBuiltin(String name, long r) {
        switch (name) {
            case "White_Space":
                return isSpace(r);
            case "ASCII_Hex_Digit":
                return r < 0x80 && Character.digit((int) r, 16) >= 0;
            case "Hex_Digit", "Ideographic", "Join_Control", "Noncharacter_Code_Point":
                return valid(r) && PROPERTIES.computeIfAbsent(name, n -> Pattern.compile("\\p{Is" + n + "}"))
                        .matcher(Character.toString((int) r)).matches();
            default:
                break;
        }
        if (name.length() <= 2 && Character.isUpperCase(name.charAt(0))
                && (name.length() == 1 || Character.isLowerCase(name.charAt(1)))) {
            return inCategory(name, r);
        }
        if (!valid(r)) {
            return false;
        }
        try {
            return Character.UnicodeScript.of((int) r) == Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The two-letter Unicode general category of a Java Character type. */
    static String category(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.TITLECASE_LETTER -> "Lt";
            case Character.MODIFIER_LETTER -> "Lm";
            case Character.OTHER_LETTER -> "Lo";
            case Character.NON_SPACING_MARK -> "Mn";
            case Character.ENCLOSING_MARK -> "Me";
            case Character.COMBINING_SPACING_MARK -> "Mc";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.LETTER_NUMBER -> "Nl";
            case Character.OTHER_NUMBER -> "No";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.LINE_SEPARATOR -> "Zl";
            case Character.PARAGRAPH_SEPARATOR -> "Zp";
            case Character.CONTROL -> "Cc";
            case Character.FORMAT -> "Cf";
            case Character.PRIVATE_USE -> "Co";
            case Character.SURROGATE -> "Cs";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.OTHER_SYMBOL -> "So";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
            default -> "Cn";
        };
    }

    // ---- unicode/utf8 ----

    private static Object[] pair(long packed) {
        return new Object[] {(long) Utf8.rune(packed), (long) Utf8.width(packed)};
    }

    private static final Object[] ERROR_0 = {(long) Utf8.RUNE_ERROR, 0L};

    private static void registerUtf8(Map<String, Native> t) {
        // the ...InString functions read a string view in place: a lexer calls them on the rest of its input
        t.put("unicode/utf8.DecodeRuneInString", (Native.TakesViews) (ctx, f, a) -> {
            int n = GoStrings.length(a[0]);
            if (n == 0) {
                return ERROR_0.clone();
            }
            int off = GoStrings.offset(a[0]);
            return pair(Utf8.decodeRune(GoStrings.base(a[0]), off, off + n));
        });
        t.put("unicode/utf8.DecodeRune", (ctx, f, a) -> {
            GoSlice p = (GoSlice) a[0];
            if (ByteSlices.len(p) == 0) {
                return ERROR_0.clone();
            }
            String head = ByteSlices.str(p, 0, Math.min(p.len, Utf8.UTF_MAX));
            return pair(Utf8.decodeRune(head));
        });
        t.put("unicode/utf8.DecodeLastRuneInString", (Native.TakesViews) (ctx, f, a) -> {
            int n = GoStrings.length(a[0]);
            if (n == 0) {
                return ERROR_0.clone();
            }
            int off = GoStrings.offset(a[0]);
            return pair(Utf8.decodeLastRune(GoStrings.base(a[0]), off, off + n));
        });
        t.put("unicode/utf8.DecodeLastRune", (ctx, f, a) -> {
            GoSlice p = (GoSlice) a[0];
            if (ByteSlices.len(p) == 0) {
                return ERROR_0.clone();
            }
            return pair(Utf8.decodeLastRune(ByteSlices.str(p, Math.max(0, p.len - Utf8.UTF_MAX), p.len)));
        });
        t.put("unicode/utf8.FullRuneInString", (Native.TakesViews) (ctx, f, a) -> {
            int off = GoStrings.offset(a[0]);
            return Utf8.fullRune(GoStrings.base(a[0]), off, off + GoStrings.length(a[0]));
        });
        t.put("unicode/utf8.FullRune", (ctx, f, a) -> {
            GoSlice p = (GoSlice) a[0];
            return Utf8.fullRune(ByteSlices.str(p, 0, Math.min(ByteSlices.len(p), Utf8.UTF_MAX)));
        });
        t.put("unicode/utf8.RuneCountInString", (ctx, f, a) -> (long) Utf8.runeCount((String) a[0]));
        t.put("unicode/utf8.RuneCount", (ctx, f, a) -> (long) Utf8.runeCount(ByteSlices.str((GoSlice) a[0])));
        t.put("unicode/utf8.ValidString", (ctx, f, a) -> Utf8.validString((String) a[0]));
        t.put("unicode/utf8.Valid", (ctx, f, a) -> Utf8.validString(ByteSlices.str((GoSlice) a[0])));
    }
}
