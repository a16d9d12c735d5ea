package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A declared function or method. Its call target exists only once its body is compiled, so
 * call sites hold the FuncDef and bind their DirectCallNode on first execution. The program's
 * own bodies are compiled before it starts; a standard-library body may be deferred until
 * {@link #target()} first asks for it.
 */
public final class FuncDef {
    public final String qualifiedName;
    /** The compiled body; read it through {@link #target()} where the body may be deferred. */
    public volatile RootCallTarget target;
    /** The Java implementation when the function is a bodiless standard-library function. */
    public Native nativeImpl;
    /** Compiles the deferred body (sets target); null when not deferred. */
    private Runnable deferred;
    /** The compiler's package whose deferred body this is (opaque here). */
    private Object deferredIn;

    public FuncDef(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    /** Defers compiling the body (of package pkg, opaque to the nodes) until the target is first needed. */
    public void defer(Object pkg, Runnable compile) {
        this.deferredIn = pkg;
        this.deferred = compile;
    }

    /** The package whose deferred body this is, while it is not compiled; else null. */
    public Object deferredIn() {
        return target == null ? deferredIn : null;
    }

    /** The call target, compiling a deferred body first. */
    public RootCallTarget target() {
        RootCallTarget t = target;
        return t != null ? t : compileDeferred();
    }

    @TruffleBoundary
    private RootCallTarget compileDeferred() {
        if (deferred != null) {
            deferred.run();
        }
        return target;
    }
}
