package gotruffle.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import gotruffle.types.Basic;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Representability and the untyped kinds, without a program: Constants is pure. */
class ConstantsTest {
    @Test
    void integersFitTheirTypesRange() {
        assertEquals(Const.ofInt(255), Constants.representable(Const.ofInt(255), Basic.UINT8));
        assertNull(Constants.representable(Const.ofInt(256), Basic.UINT8));
        assertNull(Constants.representable(Const.ofInt(-1), Basic.UINT));
        assertEquals(Const.ofInt(-128), Constants.representable(Const.ofInt(-128), Basic.INT8));
        assertNull(Constants.representable(Const.ofInt(BigInteger.ONE.shiftLeft(63)), Basic.INT64));
        assertEquals(Const.ofInt(3), Constants.representable(Const.ofRat(BigInteger.valueOf(6), BigInteger.TWO), Basic.INT), "6/2 is an integer");
        assertNull(Constants.representable(Const.ofRat(BigInteger.ONE, BigInteger.TWO), Basic.INT), "1/2 is not");
        assertNull(Constants.representable(Const.ofString("x"), Basic.INT));
    }

    @Test
    void floatsOverflowAndRound() {
        assertNull(Constants.representable(Const.ofDouble(1e300), Basic.FLOAT32));
        assertEquals(Const.ofDouble((float) 0.1), Constants.representable(Const.ofRat(BigInteger.ONE, BigInteger.TEN), Basic.FLOAT32));
        assertNull(Constants.representable(Const.ofComplex(Const.ofInt(1), Const.ofInt(1)), Basic.FLOAT64), "a complex constant with an imaginary part");
        assertEquals(" (truncated)", Constants.overflowSuffix(Operand.constant(null, Basic.UNTYPED_FLOAT, Const.ofDouble(1.5)), Basic.INT));
        assertEquals(" (truncated)", Constants.overflowSuffix(Operand.constant(null, Basic.UNTYPED_FLOAT, Const.ofInt(1000)), Basic.INT8),
                "an untyped float constant with an integer value");
        assertEquals(" (overflows)", Constants.overflowSuffix(Operand.constant(null, Basic.UNTYPED_INT, Const.ofInt(300)), Basic.INT8));
    }

    @Test
    void untypedKinds() {
        assertSame(Basic.INT32, Constants.defaultType(Basic.UNTYPED_RUNE));
        assertSame(Basic.COMPLEX128, Constants.defaultType(Basic.UNTYPED_COMPLEX));
        assertSame(Basic.UINT8, Constants.defaultType(Basic.UINT8));
        assertSame(Basic.UNTYPED_FLOAT, Constants.rankUntyped(Basic.UNTYPED_INT, Basic.UNTYPED_FLOAT));
        assertSame(Basic.UNTYPED_RUNE, Constants.rankUntyped(Basic.UNTYPED_RUNE, Basic.UNTYPED_INT));
        assertSame(Basic.UNTYPED_STRING, Constants.constKindType(Const.ofString("s")));
    }
}
