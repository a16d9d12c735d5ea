package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Kind;
import gotruffle.types.Type;
import gotruffle.values.GoSlice;
import gotruffle.values.SizeClasses;
import gotruffle.values.Stores;
import gotruffle.values.Values;

import java.util.Arrays;

/** Conversions between basic types and between strings, byte slices and rune slices. */
public final class ConvertNode extends ExprNode {
    public enum Op { INT_TO_INT, INT_TO_FLOAT, UINT_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_UINT, FLOAT_TO_FLOAT, INT_TO_STRING, STRING_TO_BYTES, BYTES_TO_STRING, STRING_TO_RUNES, RUNES_TO_STRING, COPY_AGGREGATE }

    private final Op op;
    private final Kind to;
    private final Type elemType;
    @Child private ExprNode x;
    /** []byte(s) / []rune(s) of a constant s: the exact length, as gc allocates it (not Go's runtime buffer). */
    private final boolean exactCap;

    public ConvertNode(Op op, Kind to, Type elemType, ExprNode x) {
        this(op, to, elemType, x, false);
    }

    private ConvertNode(Op op, Kind to, Type elemType, ExprNode x, boolean exactCap) {
        this.op = op;
        this.to = to;
        this.elemType = elemType;
        this.x = x;
        this.exactCap = exactCap;
    }

    /** []byte(s) or []rune(s) (op STRING_TO_BYTES or STRING_TO_RUNES); constant: s is a constant. */
    public static ConvertNode fromString(Op op, ExprNode x, boolean constant) {
        return new ConvertNode(op, Kind.STRING, null, x, constant);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return switch (op) {
            case INT_TO_INT, FLOAT_TO_INT, FLOAT_TO_UINT -> executeLong(frame);
            case INT_TO_FLOAT, UINT_TO_FLOAT, FLOAT_TO_FLOAT -> executeDouble(frame);
            case INT_TO_STRING -> runeToString(x.executeLong(frame));
            case STRING_TO_BYTES -> stringToBytes((String) x.execute(frame), exactCap);
            case BYTES_TO_STRING -> bytesToString((GoSlice) x.execute(frame));
            case STRING_TO_RUNES -> stringToRunes((String) x.execute(frame), exactCap);
            case RUNES_TO_STRING -> runesToString((GoSlice) x.execute(frame));
            case COPY_AGGREGATE -> Values.copyAggregate(x.execute(frame));
        };
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return switch (op) {
            case INT_TO_INT -> IntNorm.norm(to, x.executeLong(frame));
            case FLOAT_TO_INT -> IntNorm.norm(to, (long) x.executeDouble(frame));
            case FLOAT_TO_UINT -> IntNorm.norm(to, floatToUint(x.executeDouble(frame)));
            default -> (Long) execute(frame);
        };
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double d = switch (op) {
            case INT_TO_FLOAT -> (double) x.executeLong(frame);
            case UINT_TO_FLOAT -> uintToDouble(x.executeLong(frame));
            case FLOAT_TO_FLOAT -> x.executeDouble(frame);
            default -> (Double) execute(frame);
        };
        return to == Kind.FLOAT32 ? (double) (float) d : d;
    }

    private static long floatToUint(double d) {
        if (d >= 9.223372036854775807E18) {
            return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
        }
        return (long) d;
    }

    static double uintToDouble(long v) {
        if (v >= 0) {
            return (double) v;
        }
        // unsigned 64-bit to double with correct rounding: halve keeping the sticky bit, convert, double
        double d = (double) ((v >>> 1) | (v & 1));
        return d * 2.0;
    }

    @TruffleBoundary
    public static String runeToString(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        return Utf8.encodeRune((int) r);
    }

    @TruffleBoundary
    public static GoSlice stringToBytes(String s, boolean exactCap) {
        int len = s.length(); // a byte string: one char per byte
        int cap = exactCap ? len : SizeClasses.conversionCap(len, 1);
        byte[] b = new byte[cap];
        Stores.putString(s, 0, len, b, 0);
        return new GoSlice(b, 0, len, cap);
    }

    @TruffleBoundary
    public static String bytesToString(GoSlice s) {
        if (s == null) {
            return "";
        }
        return Stores.byteString((byte[]) s.store, s.off, s.len);
    }

    @TruffleBoundary
    public static GoSlice stringToRunes(String s) {
        return stringToRunes(s, true);
    }

    @TruffleBoundary
    public static GoSlice stringToRunes(String s, boolean exactCap) {
        long[] r = new long[s.length()];
        int n = 0;
        for (int i = 0; i < s.length();) {
            long dr = Utf8.decodeRune(s, i);
            r[n++] = (int) dr;
            i += (int) (dr >>> 32);
        }
        int cap = exactCap ? n : SizeClasses.conversionCap(n, 4);
        return new GoSlice(Arrays.copyOf(r, cap), 0, n, cap);
    }

    @TruffleBoundary
    public static String runesToString(GoSlice s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        long[] r = (long[]) s.store;
        for (int i = 0; i < s.len; i++) {
            sb.append(runeToString(r[s.off + i]));
        }
        return sb.toString();
    }

    /** A struct or array copy: its compiled code loops over the fields (TrivialFunctions). */
    public boolean copiesAggregate() {
        return op == Op.COPY_AGGREGATE;
    }

    public Type elemType() {
        return elemType;
    }
}
