package gotruffle.nodes.call;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;

/**
 * A Go function of the standard library implemented in Java: the prelude declares it without a
 * body (func Index(s, substr string) int) and the compiler binds it by qualified name
 * ("strings.Index", or "strings.Builder.String" for methods). args are the Go parameter values
 * (receiver first for methods); the result is null, the single result, or an Object[].
 */
@FunctionalInterface
public interface Native {
    Object call(GoContext ctx, Fiber fiber, Object[] args);

    /**
     * A native whose string arguments may be views (gotruffle.values.GoSubstring), read through
     * GoStrings without copying; any other native gets them flattened to Strings.
     */
    @FunctionalInterface
    interface TakesViews extends Native {
    }

    /**
     * A native that may return a string view (a part of a string argument, as Go returns a
     * substring): NativeRootNode copies it out unless the caller takes a view (FuncRootNode.VIEW_RESULT).
     */
    @FunctionalInterface
    interface ReturnsViews extends TakesViews {
    }
}
