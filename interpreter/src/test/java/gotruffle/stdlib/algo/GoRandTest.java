package gotruffle.stdlib.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Properties of GoRand that follow from Go's documentation and constant semantics. */
class GoRandTest {

    @Test
    void invRnIsTheExactlyRoundedConstant() {
        // Go evaluates the constant expression 1.0/rn exactly, then rounds to float64 once.
        double exact = BigDecimal.ONE.divide(new BigDecimal("3.442619855899"), new MathContext(60)).doubleValue();
        assertEquals(exact, GoRand.INV_RN);
    }

    @Test
    void topLevelBehavesAsSeededWithOne() {
        GoRand top = GoRand.newTopLevel();
        GoRand one = new GoRand(1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(one.uint64(), top.uint64());
        }
        // What rand.Int63() prints first in an unseeded Go 1.19 program (see math_rand.txt).
        assertEquals(5577006791947779410L, GoRand.newTopLevel().int63());
    }

    @Test
    void seedsEqualModulo2To31Minus1GiveEqualStreams() {
        long m = Integer.MAX_VALUE;
        GoRand a = new GoRand(12345);
        GoRand b = new GoRand(12345 + 3 * m);
        GoRand zero = new GoRand(0);
        GoRand alias = new GoRand(89482311);
        for (int i = 0; i < 700; i++) {
            assertEquals(a.int63(), b.int63());
            assertEquals(alias.int63(), zero.int63());
        }
    }

    @Test
    void reseedRestartsStreamAndReadBuffer() {
        GoRand r = new GoRand(9);
        byte[] first = new byte[5];
        r.read(first, 0, 5);
        r.int63();
        r.seed(9);
        byte[] again = new byte[5];
        r.read(again, 0, 5);
        assertArrayEquals(first, again);
    }

    @Test
    void panicsCarryGoMessages() {
        GoRand r = new GoRand(1);
        assertEquals("invalid argument to Intn", assertThrows(AlgoPanic.class, () -> r.intn(0)).getMessage());
        assertEquals("invalid argument to Int63n", assertThrows(AlgoPanic.class, () -> r.int63n(-1)).getMessage());
        assertEquals("invalid argument to Int31n", assertThrows(AlgoPanic.class, () -> r.int31n(0)).getMessage());
        assertEquals("invalid argument to Shuffle",
                assertThrows(AlgoPanic.class, () -> r.shuffle(-1, (i, j) -> {})).getMessage());
        AlgoPanic p = assertThrows(AlgoPanic.class, () -> r.perm(-1));
        assertTrue(p.runtimeError);
        assertEquals("runtime error: makeslice: len out of range", p.getMessage());
    }
}
