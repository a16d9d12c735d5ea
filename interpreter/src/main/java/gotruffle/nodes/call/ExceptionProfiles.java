package gotruffle.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import java.lang.reflect.Field;

/**
 * Go calls start with Truffle's exception profiles already taking what a Go stack overflow
 * throws through them.
 *
 * <p>Why: compiled code whose profile has seen no exception treats the first one as a surprise:
 * it deoptimizes and invalidates the code, and then every activation of that code still on the
 * stack deoptimizes on its own as the exception passes. A stack overflow in a recursion that got
 * compiled unwinds millions of such activations: 2.5 million deoptimizations (~80 µs each, 207 s)
 * at a 64 MiB stack, 1.15 million in 265 s at 512 MiB (issue 12).
 *
 * <p>Which profiles: the StackOverflowError itself surfaces at a call site (the callee's stack
 * bang fails), so the call node sees it first and then, one frame up, the GoStackOverflow that
 * FuncRootNode turns it into: call nodes take any exception (their handler does not use the
 * caller's frame, so compiled code keeps its frames virtual). A call target only ever sees
 * GoStackOverflow come out of a FuncRootNode (which converts the error): its profile starts as
 * "control-flow exceptions", which keeps its handler foldable (a generic one passes the frame to
 * Truffle's stack-trace hook, which made warm bench/fib 20-60% slower when tried). The small
 * adapter roots (bound methods, promoted methods, interface method expressions) convert nothing,
 * so the error may leave them: theirs take any exception.
 *
 * <p>The profiles are private fields of Truffle's runtime (OptimizedCallTarget.exceptionProfile:
 * 0 none seen, 1 Truffle exceptions, 2 control-flow exceptions, 3 any; the call nodes' class of
 * the exception seen, Throwable for any); with another Truffle (a field missing or not
 * accessible) nothing is changed, and ExceptionProfilesTest fails.
 */
public final class ExceptionProfiles {
    private static final byte CONTROL_FLOW = 2;
    private static final byte ANY = 3;
    private static final Field TARGET = find("com.oracle.truffle.runtime.OptimizedCallTarget", byte.class);
    private static final Field DIRECT = find("com.oracle.truffle.runtime.OptimizedDirectCallNode", Class.class);
    private static final Field INDIRECT = find("com.oracle.truffle.runtime.OptimizedIndirectCallNode", Class.class);

    private ExceptionProfiles() {}

    private static Field find(String className, Class<?> type) {
        try {
            Field f = Class.forName(className).getDeclaredField("exceptionProfile");
            if (f.getType() != type) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Called by a FuncRootNode's prepareForCompilation: before its code is compiled, on its own or inlined. */
    public static void takeControlFlow(FuncRootNode root) {
        Object target = root.getCallTarget();
        Object seen = get(TARGET, target);
        if (Byte.valueOf((byte) 0).equals(seen)) {
            set(TARGET, target, CONTROL_FLOW);
        } else if (Byte.valueOf((byte) 1).equals(seen)) {
            set(TARGET, target, ANY); // panics left it already: Truffle would flip between the two categories
        }
    }

    /** The same for an adapter root, whose calls' StackOverflowError may leave it unconverted. */
    public static void makeGeneric(RootNode root) {
        set(TARGET, root.getCallTarget(), ANY);
    }

    /** A direct call node whose profile takes any exception. */
    public static DirectCallNode direct(CallTarget target) {
        DirectCallNode n = DirectCallNode.create(target);
        set(DIRECT, n, Throwable.class);
        return n;
    }

    /** An indirect call node whose profile takes any exception. */
    public static IndirectCallNode indirect() {
        IndirectCallNode n = IndirectCallNode.create();
        set(INDIRECT, n, Throwable.class);
        return n;
    }

    private static Object get(Field f, Object o) {
        if (f != null && f.getDeclaringClass().isInstance(o)) {
            try {
                return f.get(o);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static void set(Field f, Object o, Object value) {
        if (f != null && f.getDeclaringClass().isInstance(o)) {
            try {
                f.set(o, value);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                // not this runtime's layout: the profile stays Truffle's
            }
        }
    }

    /** Whether a call target's profile takes control-flow exceptions without deoptimizing (tests). */
    public static boolean takesControlFlow(Object target) {
        return Byte.valueOf(CONTROL_FLOW).equals(get(TARGET, target));
    }

    /** Whether the profiles of o (a call target or call node) take any exception (tests). */
    public static boolean isGeneric(Object o) {
        Object v = get(TARGET, o);
        if (v == null) {
            v = get(DIRECT, o);
        }
        if (v == null) {
            v = get(INDIRECT, o);
        }
        return v == Throwable.class || Byte.valueOf(ANY).equals(v);
    }
}
