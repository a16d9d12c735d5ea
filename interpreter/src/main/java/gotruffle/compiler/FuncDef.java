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

    public FuncDef(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }
}
