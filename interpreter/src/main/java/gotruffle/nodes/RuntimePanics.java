package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.GoContext;
import gotruffle.runtime.GoFatalError;
import gotruffle.types.Pointer;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the panics of Go's run-time checks. Their values have the runtime package's error types
 * of Go (runtime.errorString, runtime.plainError, runtime.boundsError with Go's fields,
 * *runtime.TypeAssertionError), declared by the runtime package of our prelude, so recover()
 * returns a real error value whose Error() text, %T and %#v are Go's ("runtime error: index out
 * of range [5] with length 3", runtime.boundsError{x:5, y:3, signed:true, code:0x0}).
 */
public final class RuntimePanics {
    private RuntimePanics() {}

    /** Go's boundsError codes (runtime/error.go): which check failed. */
    public static final int BOUNDS_INDEX = 0, BOUNDS_SLICE_ALEN = 1, BOUNDS_SLICE_ACAP = 2, BOUNDS_SLICE_B = 3,
            BOUNDS_SLICE3_ALEN = 4, BOUNDS_SLICE3_ACAP = 5, BOUNDS_SLICE3_B = 6, BOUNDS_SLICE3_C = 7, BOUNDS_CONVERT = 8;

    /** A runtime.errorString panic: msg is the text after "runtime error: ". */
    @TruffleBoundary
    public static GoPanic runtimeError(String msg, Node node) {
        return new GoPanic(new Iface(GoContext.get(node).errorStringType(), msg), false, node);
    }

    /** A runtime.boundsError panic: index (or bound) x broke bound y in the check {@code code}. */
    public static GoPanic boundsError(long x, long y, int code, Node node) {
        return boundsError(x, y, code, true, node);
    }

    /** Like boundsError; signed false when x is of an unsigned type (printed as unsigned, never negative). */
    @TruffleBoundary
    public static GoPanic boundsError(long x, long y, int code, boolean signed, Node node) {
        Type t = GoContext.get(node).boundsErrorType();
        GoStruct v = GoStruct.of((Struct) t.underlying(), new Object[]{x, y, signed, (long) code});
        return new GoPanic(new Iface(t, v), false, node);
    }

    /** Marks an index or bound operand node of a 64-bit unsigned type (see boundsError's signed). */
    public interface UnsignedOperand {}

    /** Whether operand is of an unsigned type. */
    public static boolean isUnsigned(Node operand) {
        return operand instanceof UnsignedOperand;
    }

    /** Whether one of node's children is an unsigned operand (the index of a failing index node). */
    private static boolean hasUnsignedChild(Node node) {
        if (node != null) {
            for (Node c : node.getChildren()) {
                if (c instanceof UnsignedOperand) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A *runtime.TypeAssertionError panic with Go's message. */
    @TruffleBoundary
    public static GoPanic typeAssertion(String msg, Node node) {
        Type t = GoContext.get(node).typeAssertionErrorType();
        return new GoPanic(new Iface(t, GoStruct.of((Struct) ((Pointer) t).elem.underlying(), new Object[]{msg})), false, node);
    }

    public static GoPanic divideByZero(Node node) {
        CompilerDirectives.transferToInterpreter();
        return runtimeError("integer divide by zero", node);
    }

    public static GoPanic negativeShift(Node node) {
        CompilerDirectives.transferToInterpreter();
        return runtimeError("negative shift amount", node);
    }

    /** The message of Go's nil pointer fault (without "runtime error: "). */
    public static final String NIL_DEREF = "invalid memory address or nil pointer dereference";

    public static GoPanic nilDeref(Node node) {
        CompilerDirectives.transferToInterpreter();
        return nilDerefSlow(node);
    }

    @TruffleBoundary
    private static GoPanic nilDerefSlow(Node node) {
        return new GoPanic(new Iface(GoContext.get(node).errorStringType(), NIL_DEREF), true, node);
    }

    public static GoPanic index(long i, long len, Node node) {
        CompilerDirectives.transferToInterpreter();
        return boundsError(i, len, BOUNDS_INDEX, !hasUnsignedChild(node), node);
    }

    public static GoPanic nilMapWrite(Node node) {
        CompilerDirectives.transferToInterpreter();
        return plain("assignment to entry in nil map", node);
    }

    /** Go's fatal error (map.go's {@code fatal}) raised by a node; the innermost frame is at node. */
    @TruffleBoundary
    public static GoFatalError fatal(String msg, Fiber fiber, Node node) {
        recordFatalStack(fiber, node);
        return new GoFatalError(msg);
    }

    /**
     * Walks the goroutine's frames for a fatal error now, because the scheduler prints the report after
     * they are gone. With a node, the innermost frame is the node's position (not its call's).
     */
    @TruffleBoundary
    public static void recordFatalStack(Fiber fiber, Node node) {
        if (fiber == null || fiber.fatalStack != null) {
            return;
        }
        List<GoStack.Frame> frames = GoStack.current(fiber);
        GoStack.Frame top = node == null ? null : GoStack.frame(node.getRootNode(), node);
        if (!frames.isEmpty() && top != null && frames.get(0).root() == top.root()) {
            frames = new ArrayList<>(frames);
            frames.set(0, top);
        }
        fiber.fatalStack = frames;
    }

    /** Go's plainError panics: runtime.Error values whose text has no "runtime error: " prefix. */
    @TruffleBoundary
    public static GoPanic plain(String msg, Node node) {
        return new GoPanic(new Iface(GoContext.get(node).plainErrorType(), msg), false, node);
    }
}
