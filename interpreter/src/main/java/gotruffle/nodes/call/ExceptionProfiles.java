package gotruffle.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import java.lang.reflect.Field;

/**
 * Go calls start with Truffle's exception profiles already generic: the call target's and the
 * call node's.
 *
 * <p>Why: compiled code whose profile has seen no exception treats the first one as a surprise:
 * it deoptimizes and invalidates the code, and then every activation of that code still on the
 * stack deoptimizes on its own as the exception passes. A stack overflow in a recursion that got
 * compiled unwinds millions of such activations: 2.5 million deoptimizations (~80 µs each, 207 s)
 * at a 64 MiB stack (issue 12). Go code throws through calls all the time (panics, Goexit, stack
 * overflow), so the profiles' only gain, a precise exception type, is not worth that cliff.
 *
 * <p>The profiles are private fields of Truffle's runtime (OptimizedCallTarget.exceptionProfile:
 * 0 none seen, 1 Truffle exceptions, 2 control-flow exceptions, 3 any; the call nodes' class of
 * the exception seen, Throwable for any); with another Truffle (a field missing or not
 * accessible) nothing is changed, and ExceptionProfilesTest fails.
 */
public final class ExceptionProfiles {
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

    /** Called by a root's prepareForCompilation: before its code is compiled, on its own or inlined. */
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

    private static void set(Field f, Object o, Object value) {
        if (f != null && f.getDeclaringClass().isInstance(o)) {
            try {
                f.set(o, value);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                // not this runtime's layout: the profile stays Truffle's
            }
        }
    }

    /** Whether the profiles of o (a call target or call node) take any exception (tests). */
    public static boolean isGeneric(Object o) {
        for (Field f : new Field[] {TARGET, DIRECT, INDIRECT}) {
            if (f != null && f.getDeclaringClass().isInstance(o)) {
                try {
                    Object v = f.get(o);
                    return v == Throwable.class || Byte.valueOf(ANY).equals(v);
                } catch (IllegalAccessException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
