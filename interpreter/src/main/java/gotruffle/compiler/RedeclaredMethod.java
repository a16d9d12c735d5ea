package gotruffle.compiler;

import gotruffle.nodes.call.FuncRootNode;
import gotruffle.parser.ast.FuncDecl;
import gotruffle.types.Named;
import gotruffle.values.GoFunc;

import java.util.List;

/**
 * A method that a REPL input declares again on a type of an earlier input. Go has one declaration
 * per method, but at a prompt the second one is a correction: the earlier method is taken out of
 * the type before the input compiles (so it is not "redeclared"), and once the input succeeds the
 * earlier body forwards every call to the new one, so that code compiled before (direct calls,
 * interface inline caches, method values) runs it too. The signature and receiver kind must stay
 * the same, since that code was checked against them. A failed input puts the earlier method back.
 */
final class RedeclaredMethod {
    private final Named type;
    private final int index;
    private final Named.Method earlier;
    private final FuncDecl decl;
    private final String path;

    private RedeclaredMethod(Named type, int index, Named.Method earlier, FuncDecl decl, String path) {
        this.type = type;
        this.index = index;
        this.earlier = earlier;
        this.decl = decl;
        this.path = path;
    }

    /** Takes fd's method out of type when an earlier input declared it (main's method keys are their names). */
    static void take(Named type, FuncDecl fd, String path, List<RedeclaredMethod> into) {
        for (int i = 0; i < type.methods.size(); i++) {
            if (type.methods.get(i).name.equals(fd.name())) {
                into.add(new RedeclaredMethod(type, i, type.methods.remove(i), fd, path));
                return;
            }
        }
    }

    private Named.Method replacement() {
        for (Named.Method m : type.methods) {
            if (m.name.equals(earlier.name)) {
                return m;
            }
        }
        return null;
    }

    /** The new declaration must keep the signature that code compiled earlier relies on. */
    void checkSameSignature(Checker check) {
        Named.Method m = replacement();
        if (m != null && (m.sig != earlier.sig || m.ptrRecv != earlier.ptrRecv)) {
            check.errors.add(new CompileError(path, decl.line(), decl.col(), "method " + type.name + "." + earlier.name
                    + " redeclared with another signature or receiver (the REPL replaces a method only by one with the same; declare "
                    + type.name + " again)"));
        }
    }

    void restore() {
        type.methods.add(index, earlier);
    }

    void redirect() {
        Named.Method m = replacement();
        if (m != null && earlier.impl() instanceof GoFunc old && m.impl() instanceof GoFunc now
                && old.target.getRootNode() instanceof FuncRootNode root) {
            root.redirect(now.target);
        }
    }
}
