package gotruffle.stdlib.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * API-level behaviour not covered by the recorded Go data: Java interop conversions, Go's panic
 * texts, error values, and the format parser's split into literals and directives. Expected values
 * are Go 1.19's (documented outputs / panic messages) or the UTF-8 standard.
 */
public class TextApiTest {

    private static String bytes(String javaText) {
        return new String(javaText.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    public void fromJavaEncodesUtf8AndReplacesLoneSurrogates() {
        assertEquals(bytes("h\u00e9llo \u65e5\u672c \uD83D\uDE00"), Utf8.fromJava("h\u00e9llo \u65e5\u672c \uD83D\uDE00"));
        assertEquals("plain ascii", Utf8.fromJava("plain ascii"));
        // Go encodes an invalid rune (here a lone surrogate half) as U+FFFD = EF BF BD.
        assertEquals("a\u00ef\u00bf\u00bdb", Utf8.fromJava("a\uD800b"));
        assertEquals("\u00ef\u00bf\u00bd", Utf8.fromJava("\uDC00"));
    }

    @Test
    public void osBytesSurviveJavaStrings() {
        // arguments and environment: invalid UTF-8 reaches the program as the same bytes
        byte[][] samples = {
            {(byte) 0xff, (byte) 0xfe},
            "h\u00e9llo \uFFFD \uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
            {'a', (byte) 0xc3, 'b', (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xe2, (byte) 0x82},
            {},
        };
        for (byte[] b : samples) {
            String carried = Utf8.fromOsBytes(b, 0, b.length);
            assertEquals(new String(b, StandardCharsets.ISO_8859_1), Utf8.fromJava(carried));
        }
        // valid UTF-8 is decoded as Java would (a real U+FFFD stays one)
        assertEquals("h\u00e9llo \uFFFD \uD83D\uDE00", Utf8.fromOsBytes(samples[1], 0, samples[1].length));
        assertEquals("\uDCFF", Utf8.fromOsBytes(new byte[]{(byte) 0xff}, 0, 1));
    }

    @Test
    public void toJavaDecodesLikeGoRangeLoop() {
        assertEquals("h\u00e9llo \uD83D\uDE00", Utf8.toJava(bytes("h\u00e9llo \uD83D\uDE00")));
        // Each byte of an ill-formed sequence becomes one U+FFFD.
        assertEquals("\uFFFDa", Utf8.toJava("\u00ffa"));
        assertEquals("\uFFFD\uFFFD", Utf8.toJava("\u00e2\u0082")); // truncated 3-byte sequence
        assertEquals("\uFFFD\uFFFD\uFFFD", Utf8.toJava("\u00ed\u00a0\u0080")); // encoded surrogate
    }

    @Test
    public void byteArrayDecodingMatchesStringDecoding() {
        byte[] b = "x\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        long r = Utf8.decodeRune(b, 1, b.length);
        assertEquals(0x20AC, Utf8.rune(r));
        assertEquals(3, Utf8.width(r));
        assertEquals(3, Utf8.runeCount(b, 0, b.length));
        assertTrue(Utf8.valid(b, 0, b.length));
        assertFalse(Utf8.valid(b, 0, b.length - 1));
    }

    @Test
    public void goPanicsBecomeIllegalArgumentWithGoText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntFormat.formatInt(5, 1));
        assertEquals("strconv: illegal AppendInt/FormatInt base", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IntFormat.formatUint(5, 37));
        assertEquals("strconv: illegal AppendInt/FormatInt base", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FloatFormat.formatFloat(1, 'g', -1, 16));
        assertEquals("strconv: illegal AppendFloat/FormatFloat bitSize", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FloatFormat.formatComplex(1, 2, 'g', -1, 32));
        assertEquals("invalid bitSize", e.getMessage());
    }

    @Test
    public void numErrorCarriesGoFieldsAndMessage() {
        IntParse.Result r = IntParse.atoi("12a");
        assertEquals("strconv.Atoi: parsing \"12a\": invalid syntax", r.error().error());
        assertEquals("Atoi", r.error().func);
        assertEquals("12a", r.error().num);
        assertEquals("invalid syntax", r.error().errText());

        r = IntParse.parseInt("999999999999999999999", 10, 64);
        assertEquals(Long.MAX_VALUE, r.value());
        assertEquals(NumError.Kind.RANGE, r.error().kind);
        assertEquals("strconv.ParseInt: parsing \"999999999999999999999\": value out of range", r.error().error());

        r = IntParse.parseInt("-129", 10, 8);
        assertEquals(-128, r.value());
        assertEquals(NumError.Kind.RANGE, r.error().kind);

        r = IntParse.parseUint("7", 1, 64);
        assertEquals("strconv.ParseUint: parsing \"7\": invalid base 1", r.error().error());

        FloatParse.Result f = FloatParse.parseFloat("1e400", 64);
        assertEquals(Double.POSITIVE_INFINITY, f.value());
        assertEquals("strconv.ParseFloat: parsing \"1e400\": value out of range", f.error().error());

        // The input is quoted Go-style in the message.
        f = FloatParse.parseFloat("x\n\u00ff", 64);
        assertEquals("strconv.ParseFloat: parsing \"x\\n\\xff\": invalid syntax", f.error().error());
        assertTrue(FloatParse.parseFloat("0x1p-2", 64).ok());
        assertEquals(0.25, FloatParse.parseFloat("0x1p-2", 64).value());
    }

    @Test
    public void parseFloatPrefixReportsConsumedBytes() {
        FloatParse.PrefixResult p = FloatParse.parseFloatPrefix("1.5e3xyz", 64);
        assertEquals(1500.0, p.value());
        assertEquals(5, p.n());
        assertNull(p.error());
        p = FloatParse.parseFloatPrefix("infinityx", 64);
        assertEquals(Double.POSITIVE_INFINITY, p.value());
        assertEquals(8, p.n());
    }

    @Test
    public void parseBool() {
        assertEquals(Boolean.TRUE, IntParse.parseBoolValue("True"));
        assertEquals(Boolean.FALSE, IntParse.parseBoolValue("0"));
        assertNull(IntParse.parseBoolValue("yes"));
        assertEquals("strconv.ParseBool: parsing \"yes\": invalid syntax", IntParse.parseBoolError("yes").error());
    }

    @Test
    public void printfParseSplitsLiteralsAndDirectives() {
        List<Printf.Piece> pieces = Printf.parse("x=%-08.3f%%[%[2]*[1]d]%");
        assertEquals(new Printf.Literal("x="), pieces.get(0));
        Printf.Directive d = assertInstanceOf(Printf.Directive.class, pieces.get(1));
        assertTrue(d.minus());
        assertFalse(d.zero()); // '-' turns zero padding off
        assertEquals(Printf.SizeKind.NUMBER, d.widthKind());
        assertEquals(8, d.width());
        assertTrue(d.hasPrec());
        assertEquals(3, d.prec());
        assertEquals('f', d.verb());
        Printf.Directive pct = assertInstanceOf(Printf.Directive.class, pieces.get(2));
        assertEquals('%', pct.verb());
        assertEquals(new Printf.Literal("["), pieces.get(3));
        Printf.Directive star = assertInstanceOf(Printf.Directive.class, pieces.get(4));
        assertEquals(new Printf.ArgIndex(true, 1), star.idx1());
        assertEquals(Printf.SizeKind.STAR, star.widthKind());
        assertEquals(new Printf.ArgIndex(true, 0), star.idx3());
        assertEquals(new Printf.Literal("]"), pieces.get(5));
        Printf.Directive noVerb = assertInstanceOf(Printf.Directive.class, pieces.get(6));
        assertEquals(-1, noVerb.verb());
        assertEquals(7, pieces.size());
    }

    @Test
    public void fmtFlagsSaveAndRestore() {
        Fmt f = new Fmt();
        f.plus = true;
        f.sharpV = true;
        f.widPresent = true;
        long saved = f.saveFlags();
        f.clearFlags();
        assertFalse(f.plus);
        f.restoreFlags(saved);
        assertTrue(f.plus && f.sharpV && f.widPresent);
        assertFalse(f.minus || f.zero || f.space || f.sharp || f.precPresent || f.plusV);
    }

    @Test
    public void fmtWritesOnlyBytes() {
        Fmt f = new Fmt();
        f.fmtC(0x1F600);
        f.fmtQ("\u00e9"); // an invalid UTF-8 byte in the Go string
        assertEquals("\u00f0\u009f\u0098\u0080\"\\xe9\"", f.buf.toString());
    }
}
