package gotruffle.stdlib.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * Replays outputs recorded from real Go 1.19 (strconv, unicode/utf8, fmt.Sprintf) through the Java
 * implementations. The data files under src/test/resources/gotruffle/stdlib/text/ were produced by a
 * Go program; every line is one case with its expected result. Byte-strings are hex-encoded ("-" for
 * empty). Set -Dgotruffle.text.golden.dir=DIR to replay a different (e.g. larger) data set.
 */
public class GoGoldenTest {

    private static final int MAX_REPORTED = 30;

    @Test
    public void floatFormat() throws IOException {
        replay("floatformat.txt");
    }

    @Test
    public void parse() throws IOException {
        replay("parse.txt");
    }

    @Test
    public void quote() throws IOException {
        replay("quote.txt");
    }

    @Test
    public void utf8() throws IOException {
        replay("utf8.txt");
    }

    @Test
    public void printf() throws IOException {
        replay("printf.txt");
    }

    private static BufferedReader open(String name) throws IOException {
        String dir = System.getProperty("gotruffle.text.golden.dir");
        InputStream in;
        if (dir != null) {
            Path p = Path.of(dir, name);
            if (Files.exists(p)) {
                in = Files.newInputStream(p);
            } else {
                in = new GZIPInputStream(Files.newInputStream(Path.of(dir, name + ".gz")));
            }
        } else {
            in = GoGoldenTest.class.getResourceAsStream(name + ".gz");
            if (in == null) {
                fail("missing test resource " + name + ".gz");
            }
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
    }

    static void replay(String name) throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int failed = 0;
        try (BufferedReader r = open(name)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                cases++;
                String problem;
                try {
                    problem = check(line);
                } catch (RuntimeException e) {
                    problem = "exception " + e;
                }
                if (problem != null) {
                    failed++;
                    if (failures.size() < MAX_REPORTED) {
                        failures.add(line + "\n    -> " + problem);
                    }
                }
            }
        }
        if (failed > 0) {
            fail(name + ": " + failed + " of " + cases + " cases differ from Go:\n" + String.join("\n", failures));
        }
        assertTrue(cases > 0, name + " has no cases");
    }

    /** Decodes a hex field into a byte-string ("-" is empty). */
    static String unhex(String h) {
        if (h.equals("-")) {
            return "";
        }
        StringBuilder sb = new StringBuilder(h.length() / 2);
        for (int i = 0; i < h.length(); i += 2) {
            sb.append((char) Integer.parseInt(h.substring(i, i + 2), 16));
        }
        return sb.toString();
    }

    static String hex(String bytes) {
        if (bytes.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder(bytes.length() * 2);
        for (int i = 0; i < bytes.length(); i++) {
            int c = bytes.charAt(i);
            if (c > 0xFF) {
                throw new IllegalStateException("not a byte-string: char " + c + " at " + i);
            }
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return sb.toString();
    }

    static String expect(String got, String want) {
        return got.equals(want) ? null : "got " + got + " want " + want;
    }

    static String errHex(NumError e) {
        return e == null ? "-" : hex(e.error());
    }

    static String errKind(NumError e) {
        if (e == null) {
            return "ok";
        }
        return switch (e.kind) {
            case SYNTAX -> "syntax";
            case RANGE -> "range";
            default -> "other";
        };
    }

    /** Returns null if the case matches, else a description of the difference. */
    static String check(String line) {
        String[] f = line.split(" ", -1);
        switch (f[0]) {
            case "pf": {
                FloatParse.Result res = FloatParse.parseFloat(unhex(f[1]), Integer.parseInt(f[2]));
                String got = String.format("%016x %s %s", Double.doubleToRawLongBits(res.value()), errKind(res.error()), errHex(res.error()));
                // NaN payloads are not significant.
                if (Double.isNaN(res.value()) && Double.isNaN(Double.longBitsToDouble(Long.parseUnsignedLong(f[3], 16)))) {
                    got = f[3] + got.substring(16);
                }
                return expect(got, f[3] + " " + f[4] + " " + f[5]);
            }
            case "pi": {
                IntParse.Result res = IntParse.parseInt(unhex(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                return expect(res.value() + " " + errKind(res.error()) + " " + errHex(res.error()), f[4] + " " + f[5] + " " + f[6]);
            }
            case "pu": {
                IntParse.Result res = IntParse.parseUint(unhex(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                return expect(Long.toUnsignedString(res.value()) + " " + errKind(res.error()) + " " + errHex(res.error()), f[4] + " " + f[5] + " " + f[6]);
            }
            case "atoi": {
                IntParse.Result res = IntParse.atoi(unhex(f[1]));
                return expect(res.value() + " " + errKind(res.error()) + " " + errHex(res.error()), f[2] + " " + f[3] + " " + f[4]);
            }
            case "pb": {
                String s = unhex(f[1]);
                Boolean b = IntParse.parseBoolValue(s);
                String got = (b != null && b) + " " + (b == null ? errHex(IntParse.parseBoolError(s)) : "-");
                return expect(got, f[2] + " " + f[3]);
            }
            case "fi":
                return expect(IntFormat.formatInt(Long.parseLong(f[1]), Integer.parseInt(f[2])), f[3]);
            case "fu":
                return expect(IntFormat.formatUint(Long.parseUnsignedLong(f[1]), Integer.parseInt(f[2])), f[3]);
            case "Quote":
                return expect(hex(Quote.quote(unhex(f[1]))), f[2]);
            case "QuoteToASCII":
                return expect(hex(Quote.quoteToASCII(unhex(f[1]))), f[2]);
            case "QuoteToGraphic":
                return expect(hex(Quote.quoteToGraphic(unhex(f[1]))), f[2]);
            case "CanBackquote":
                return expect(String.valueOf(Quote.canBackquote(unhex(f[1]))), f[2]);
            case "Unquote": {
                Quote.Unquoted u = Quote.unquote(unhex(f[1]));
                return expect(hex(u.value()) + " " + u.ok(), f[2] + " " + f[3]);
            }
            case "QuotedPrefix": {
                Quote.Unquoted u = Quote.quotedPrefix(unhex(f[1]));
                return expect(hex(u.value()) + " " + u.ok(), f[2] + " " + f[3]);
            }
            case "UnquoteChar": {
                Quote.UnquotedChar u = Quote.unquoteChar(unhex(f[1]), Integer.parseInt(f[2]));
                return expect(u.value() + " " + u.multibyte() + " " + hex(u.tail()) + " " + u.ok(), f[3] + " " + f[4] + " " + f[5] + " " + f[6]);
            }
            case "QuoteRune":
                return expect(hex(Quote.quoteRune(Integer.parseInt(f[1]))), f[2]);
            case "QuoteRuneToASCII":
                return expect(hex(Quote.quoteRuneToASCII(Integer.parseInt(f[1]))), f[2]);
            case "QuoteRuneToGraphic":
                return expect(hex(Quote.quoteRuneToGraphic(Integer.parseInt(f[1]))), f[2]);
            case "IsPrint": {
                int r = Integer.parseInt(f[1]);
                return expect(UnicodePrint.isPrint(r) + " " + UnicodePrint.isGraphic(r), f[2] + " " + f[3]);
            }
            case "u8":
                return checkUtf8(f);
            case "enc": {
                int r = Integer.parseInt(f[1]);
                return expect(hex(Utf8.encodeRune(r)) + " " + Utf8.runeLen(r) + " " + Utf8.validRune(r), f[2] + " " + f[3] + " " + f[4]);
            }
            case "fc": {
                double re = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                double im = Double.longBitsToDouble(Long.parseUnsignedLong(f[2], 16));
                return expect(FloatFormat.formatComplex(re, im, f[3].charAt(0), Integer.parseInt(f[4]), Integer.parseInt(f[5])), f[6]);
            }
            case "pr":
                return checkPrintf(f);
            default:
                if (f.length == 5 && f[0].length() == 16) {
                    return checkFormatFloat(f);
                }
                return "unknown case kind";
        }
    }

    private static String checkFormatFloat(String[] f) {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
        String got = FloatFormat.formatFloat(v, f[1].charAt(0), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
        return expect(got, f[4]);
    }

    private static String checkUtf8(String[] f) {
        String s = unhex(f[1]);
        StringBuilder fwd = new StringBuilder();
        for (int i = 0; i < s.length();) {
            long d = Utf8.decodeRune(s, i);
            if (fwd.length() > 0) {
                fwd.append(',');
            }
            fwd.append(Utf8.rune(d)).append(':').append(Utf8.width(d));
            i += Utf8.width(d);
        }
        StringBuilder back = new StringBuilder();
        for (int e = s.length(); e > 0;) {
            long d = Utf8.decodeLastRune(s, 0, e);
            if (back.length() > 0) {
                back.append(',');
            }
            back.append(Utf8.rune(d)).append(':').append(Utf8.width(d));
            e -= Utf8.width(d);
        }
        String got = (s.isEmpty() ? "- -" : fwd + " " + back) + " " + Utf8.runeCount(s) + " " + Utf8.validString(s) + " " + Utf8.fullRune(s);
        String problem = expect(got, f[2] + " " + f[3] + " " + f[4] + " " + f[5] + " " + f[6]);
        if (problem == null) {
            // toJava/fromJava must agree with Go's range-loop decoding.
            String j = Utf8.toJava(s);
            if (Utf8.validString(s) && !Utf8.fromJava(j).equals(s)) {
                problem = "fromJava(toJava(s)) != s";
            }
        }
        return problem;
    }

    private static String checkPrintf(String[] f) {
        String format = unhex(f[1]);
        List<TestArg> args = new ArrayList<>();
        if (!f[2].equals("-")) {
            for (String enc : f[2].split(",")) {
                args.add(TestArg.decode(enc));
            }
        }
        Fmt fmt = new Fmt();
        Printf.doPrintf(fmt, format, new TestArgs(args));
        return expect(hex(fmt.buf.toString()), f[3]);
    }

    /** A primitive Go value as recorded by the generator. */
    record TestArg(String type, long bits, double re, double im, String str, boolean nilSlice) {
        static TestArg decode(String enc) {
            int c = enc.indexOf(':');
            String type = enc.substring(0, c);
            String v = enc.substring(c + 1);
            return switch (type) {
                case "int", "int8", "int16", "int32", "int64" -> new TestArg(type, Long.parseLong(v), 0, 0, null, false);
                case "uint", "uint8", "uint16", "uint32", "uint64", "uintptr" -> new TestArg(type, Long.parseUnsignedLong(v), 0, 0, null, false);
                case "float64", "float32" -> new TestArg(type, 0, Double.longBitsToDouble(Long.parseUnsignedLong(v, 16)), 0, null, false);
                case "complex128", "complex64" -> {
                    String[] p = v.split(":");
                    yield new TestArg(type, 0, Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16)),
                            Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16)), null, false);
                }
                case "string" -> new TestArg(type, 0, 0, 0, unhex(v.isEmpty() ? "-" : v), false);
                case "bytes" -> new TestArg("[]uint8", 0, 0, 0, unhex(v.isEmpty() ? "-" : v), false);
                case "bytesnil" -> new TestArg("[]uint8", 0, 0, 0, "", true);
                case "bool" -> new TestArg(type, v.equals("true") ? 1 : 0, 0, 0, null, false);
                case "nil" -> new TestArg(null, 0, 0, 0, null, false);
                default -> throw new IllegalArgumentException(enc);
            };
        }

        boolean isSignedInt() {
            return type != null && type.startsWith("int");
        }

        boolean isUnsignedInt() {
            return type != null && (type.startsWith("uint"));
        }
    }

    /** A minimal printArg for primitive values, as a value printer built on PrintVerbs would do it. */
    static final class TestArgs implements Printf.Args {
        private final List<TestArg> args;

        TestArgs(List<TestArg> args) {
            this.args = args;
        }

        @Override
        public int count() {
            return args.size();
        }

        @Override
        public boolean isInt(int index) {
            TestArg a = args.get(index);
            return a.isSignedInt() || (a.isUnsignedInt() && a.bits() >= 0);
        }

        @Override
        public long intValue(int index) {
            return args.get(index).bits();
        }

        @Override
        public String typeString(int index) {
            return args.get(index).type();
        }

        @Override
        public void printArg(int index, int verb, Fmt f) {
            print(args.get(index), verb, f);
        }

        static void print(TestArg a, int verb, Fmt f) {
            if (a.type() == null) {
                if (verb == 'T' || verb == 'v') {
                    f.padString("<nil>");
                } else {
                    PrintVerbs.badVerb(f, verb, null, null);
                }
                return;
            }
            if (verb == 'T') {
                f.fmtS(a.type());
                return;
            }
            boolean ok;
            if (verb == 'p') {
                ok = a.type().equals("[]uint8") && PrintVerbs.fmtPointer(f, a.nilSlice() ? 0 : 0xc000012345L, 'p', a.type());
            } else if (a.isSignedInt() || a.isUnsignedInt()) {
                ok = PrintVerbs.fmtInteger(f, a.bits(), a.isSignedInt(), verb);
            } else {
                ok = switch (a.type()) {
                    case "float64" -> PrintVerbs.fmtFloat(f, a.re(), 64, verb);
                    case "float32" -> PrintVerbs.fmtFloat(f, a.re(), 32, verb);
                    case "complex128" -> PrintVerbs.fmtComplex(f, a.re(), a.im(), 128, verb);
                    case "complex64" -> PrintVerbs.fmtComplex(f, a.re(), a.im(), 64, verb);
                    case "string" -> PrintVerbs.fmtString(f, a.str(), verb);
                    case "bool" -> PrintVerbs.fmtBool(f, a.bits() != 0, verb);
                    case "[]uint8" -> PrintVerbs.fmtBytes(f, a.str(), a.nilSlice(), verb, "[]byte") || printByteSlice(a, verb, f);
                    default -> throw new IllegalStateException(a.type());
                };
            }
            if (!ok) {
                PrintVerbs.badVerb(f, verb, a.type(), ff -> print(a, 'v', ff));
            }
        }

        /** printValue of a []uint8 for verbs fmtBytes does not take: element by element. */
        private static boolean printByteSlice(TestArg a, int verb, Fmt f) {
            f.buf.append('[');
            for (int i = 0; i < a.str().length(); i++) {
                if (i > 0) {
                    f.buf.append(' ');
                }
                TestArg elem = new TestArg("uint8", a.str().charAt(i), 0, 0, null, false);
                print(elem, verb, f);
            }
            f.buf.append(']');
            return true;
        }
    }
}
