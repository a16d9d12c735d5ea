package gotruffle.stdlib.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * math.Exp and math.Log against Go 1.19.8 on linux/amd64 (math_exp_log.txt). Lines
 * "fma X EXP LOG" come from a CPU with AVX+FMA, "nofma ..." from GODEBUG=cpu.fma=off; all values
 * are IEEE bits in hex. "TAG-digest SCALE HASH" lines hash 2M exp+log results over [-SCALE, SCALE)
 * drawn with the xorshift below, continuing the generator after the explicit lines.
 */
class GoAmd64MathTest {

    private static long state;

    private static long next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state;
    }

    @Test
    void matchesGo() throws Exception {
        for (String tag : new String[] {"fma", "nofma"}) {
            boolean fma = tag.equals("fma");
            List<String> failures = new ArrayList<>();
            state = 88172645463325252L;
            int explicit = 0;
            for (String line : TestData.lines("math_exp_log.txt")) {
                String[] f = line.split(" ");
                if (f[0].equals(tag)) {
                    double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                    String got = hex(GoAmd64Math.exp(x, fma)) + " " + hex(GoAmd64Math.log(x));
                    if (!got.equals(f[2] + " " + f[3]) && failures.size() < 10) {
                        failures.add(line + " got " + got);
                    }
                    explicit++;
                } else if (f[0].equals(tag + "-digest")) {
                    if (explicit > 0) { // the generator advanced 2000 times for the explicit lines
                        for (int i = 0; i < 2000; i++) {
                            next();
                        }
                        explicit = -1;
                    }
                    double scale = Double.parseDouble(f[1]);
                    long h = TestData.FNV_OFFSET;
                    for (int i = 0; i < 2_000_000; i++) {
                        double x = (double) next() / 0x1p63 * scale;
                        h = TestData.mix(h, Double.doubleToRawLongBits(GoAmd64Math.exp(x, fma)));
                        h = TestData.mix(h, Double.doubleToRawLongBits(GoAmd64Math.log(x)));
                    }
                    assertEquals(f[2], String.format("%016x", h), line);
                }
            }
            assertTrue(explicit != 0, "no lines for " + tag);
            assertEquals(List.of(), failures, tag);
        }
    }

    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }
}
