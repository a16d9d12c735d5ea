package gotruffle.compiler;

import com.oracle.truffle.api.RootCallTarget;

/**
 * A declared function or method. Its call target exists only once its body is compiled, so
 * call sites hold the FuncDef and bind their DirectCallNode on first execution (all bodies are
 * compiled before the program starts).
 */
public final class FuncDef {
    public final String qualifiedName;
    public RootCallTarget target;
    /** The Java implementation when the function is a bodiless standard-library function. */
    public gotruffle.stdlib.Native nativeImpl;

    public FuncDef(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }
}
