package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.FloatFormat;
import gotruffle.stdlib.text.FloatParse;
import gotruffle.stdlib.text.IntFormat;
import gotruffle.stdlib.text.IntParse;
import gotruffle.stdlib.text.NumError;
import gotruffle.stdlib.text.Quote;
import gotruffle.stdlib.text.UnicodePrint;

import java.util.Map;

/**
 * Natives of package strconv. Parsers return (value, error kind, func, num, detail); the Go side
 * turns a non-zero kind into a *NumError wrapping ErrSyntax, ErrRange or a base/bit-size error.
 */
public final class StrconvNatives {
    private StrconvNatives() {}

    private static Object[] parsed(Object value, NumError e) {
        if (e == null) {
            return new Object[] {value, 0L, "", "", 0L};
        }
        long kind = switch (e.kind) {
            case SYNTAX -> 1L;
            case RANGE -> 2L;
            case BASE -> 3L;
            case BIT_SIZE -> 4L;
        };
        return new Object[] {value, kind, e.func, e.num, (long) e.detail};
    }

    private static int i(Object o) {
        long v = (Long) o;
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    public static void register(Map<String, Native> t) {
        t.put("strconv.parseInt", (ctx, f, a) -> {
            IntParse.Result r = IntParse.parseInt((String) a[0], i(a[1]), i(a[2]));
            return parsed(r.value(), r.error());
        });
        t.put("strconv.parseUint", (ctx, f, a) -> {
            IntParse.Result r = IntParse.parseUint((String) a[0], i(a[1]), i(a[2]));
            return parsed(r.value(), r.error());
        });
        t.put("strconv.atoi", (ctx, f, a) -> {
            IntParse.Result r = IntParse.atoi((String) a[0]);
            return parsed(r.value(), r.error());
        });
        t.put("strconv.parseFloat", (ctx, f, a) -> {
            FloatParse.Result r = FloatParse.parseFloat((String) a[0], i(a[1]));
            return parsed(r.value(), r.error());
        });
        t.put("strconv.FormatInt", (ctx, f, a) -> {
            try {
                return IntFormat.formatInt((Long) a[0], i(a[1]));
            } catch (IllegalArgumentException e) {
                throw StringsNatives.panic(e.getMessage());
            }
        });
        t.put("strconv.FormatUint", (ctx, f, a) -> {
            try {
                return IntFormat.formatUint((Long) a[0], i(a[1]));
            } catch (IllegalArgumentException e) {
                throw StringsNatives.panic(e.getMessage());
            }
        });
        t.put("strconv.FormatFloat", (ctx, f, a) -> {
            try {
                return FloatFormat.formatFloat((Double) a[0], (char) ((Long) a[1] & 0xFF), i(a[2]), i(a[3]));
            } catch (IllegalArgumentException e) {
                throw StringsNatives.panic(e.getMessage());
            }
        });
        t.put("strconv.Quote", (ctx, f, a) -> Quote.quote((String) a[0]));
        t.put("strconv.QuoteToASCII", (ctx, f, a) -> Quote.quoteToASCII((String) a[0]));
        t.put("strconv.QuoteToGraphic", (ctx, f, a) -> Quote.quoteToGraphic((String) a[0]));
        t.put("strconv.QuoteRune", (ctx, f, a) -> Quote.quoteRune(rune(a[0])));
        t.put("strconv.QuoteRuneToASCII", (ctx, f, a) -> Quote.quoteRuneToASCII(rune(a[0])));
        t.put("strconv.QuoteRuneToGraphic", (ctx, f, a) -> Quote.quoteRuneToGraphic(rune(a[0])));
        t.put("strconv.CanBackquote", (ctx, f, a) -> Quote.canBackquote((String) a[0]));
        t.put("strconv.IsPrint", (ctx, f, a) -> UnicodeNatives.valid((Long) a[0]) && UnicodePrint.isPrint(rune(a[0])));
        t.put("strconv.IsGraphic", (ctx, f, a) -> UnicodeNatives.valid((Long) a[0]) && UnicodePrint.isGraphic(rune(a[0])));
        t.put("strconv.unquote", (ctx, f, a) -> {
            Quote.Unquoted u = Quote.unquote((String) a[0]);
            return new Object[] {u.value(), u.ok()};
        });
        t.put("strconv.quotedPrefix", (ctx, f, a) -> {
            Quote.Unquoted u = Quote.quotedPrefix((String) a[0]);
            return new Object[] {u.value(), u.ok()};
        });
        t.put("strconv.unquoteChar", (ctx, f, a) -> {
            Quote.UnquotedChar u = Quote.unquoteChar((String) a[0], (int) ((Long) a[1] & 0xFF));
            return new Object[] {(long) u.value(), u.multibyte(), u.tail(), u.ok()};
        });
    }

    /** A Go rune (int32) as Java int; out-of-range values become an invalid rune. */
    private static int rune(Object o) {
        long v = (Long) o;
        return v == (int) v ? (int) v : -1;
    }
}
