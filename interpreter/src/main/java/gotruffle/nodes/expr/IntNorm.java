package gotruffle.nodes.expr;

import gotruffle.types.Kind;

/** Wrap-around of a 64-bit result to the width of a sized integer kind (Go's integer overflow rule). */
public final class IntNorm {
    private IntNorm() {}

    public static long norm(Kind k, long v) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32, UNTYPED_RUNE -> (int) v;
            case UINT8 -> v & 0xFFL;
            case UINT16 -> v & 0xFFFFL;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }
}
