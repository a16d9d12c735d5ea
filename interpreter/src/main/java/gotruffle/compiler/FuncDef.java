package gotruffle.compiler;

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
    public gotruffle.stdlib.Native nativeImpl;
    /** Compiles the deferred body (sets target); null when not deferred. */
    private Runnable deferred;
    private Package deferredIn;

    public FuncDef(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    void defer(Package pkg, Runnable compile) {
        this.deferredIn = pkg;
        this.deferred = compile;
    }

    /** The package whose deferred body this is, while it is not compiled; else null. */
    Package deferredIn() {
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
