package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.GoContext;
import gotruffle.values.Iface;

/**
 * Builds the panics of Go's run-time checks. Their values are runtime.Error implementations
 * declared by the runtime package of our prelude, so recover() returns a real error value whose
 * Error() text is Go's ("runtime error: index out of range [5] with length 3").
 */
public final class RuntimePanics {
    private RuntimePanics() {}

    @TruffleBoundary
    public static GoPanic runtimeError(String msg, Node node) {
        return new GoPanic(new Iface(GoContext.get(node).runtimeErrorType(), "runtime error: " + msg), false, node);
    }

    @TruffleBoundary
    public static GoPanic boundsError(String msg, Node node) {
        return new GoPanic(new Iface(GoContext.get(node).boundsErrorType(), "runtime error: " + msg), false, node);
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
        return new GoPanic(new Iface(GoContext.get(node).runtimeErrorType(), "runtime error: " + NIL_DEREF), true, node);
    }

    public static GoPanic index(long i, long len, Node node) {
        CompilerDirectives.transferToInterpreter();
        return boundsError("index out of range [" + i + "] with length " + len, node);
    }

    public static GoPanic nilMapWrite(Node node) {
        CompilerDirectives.transferToInterpreter();
        return plain("assignment to entry in nil map", node);
    }

    /** Go's plainError panics: runtime.Error values whose text has no "runtime error: " prefix. */
    @TruffleBoundary
    public static GoPanic plain(String msg, Node node) {
        return new GoPanic(new Iface(GoContext.get(node).runtimeErrorType(), msg), false, node);
    }
}
