package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Pointer;
import gotruffle.values.GoArray;
import gotruffle.values.GoPointer;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

/**
 * Adapts a receiver stored in an interface to what a method expects: walks embedded fields
 * (promoted methods) and dereferences a pointer for value-receiver methods. Pointers to structs
 * are the GoStruct itself, so for structs only the walk does work.
 */
final class MethodAdapterRoot extends RootNode {
    @Child private DirectCallNode call;
    @CompilationFinal(dimensions = 1) private final int[] path;
    private final boolean wantPointer;
    private final String name;

    MethodAdapterRoot(TruffleLanguage<?> language, RootCallTarget target, int[] path, boolean wantPointer, String recvType, String method) {
        super(language);
        this.call = target == null ? null : ExceptionProfiles.direct(target);
        this.path = path;
        this.wantPointer = wantPointer;
        this.name = recvType + "." + method;
    }

    /** Go's panicwrap: a value method called through a nil pointer. */
    @CompilerDirectives.TruffleBoundary
    private RuntimeException nilValueMethod() {
        String qualified = name.startsWith("*") ? name.substring(1) : name; // main.Dog.Sound
        int dot = qualified.indexOf('.');
        String typeName = qualified.substring(dot + 1, qualified.lastIndexOf('.'));
        return RuntimePanics.plain("value method " + qualified + " called using nil *" + typeName + " pointer", this);
    }

    @CompilerDirectives.TruffleBoundary
    private Object dispatch(Iface i, Object[] args) {
        String m = name.substring(name.lastIndexOf('.') + 1);
        return GoContext.get(this).methods.lookup(i.type, m).call(args);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    protected boolean prepareForCompilation(boolean rootCompilation, int tier, boolean lastTier) {
        ExceptionProfiles.makeGeneric(this); // an unwinding stack overflow must not deoptimize each frame (issue 12)
        return true;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments().clone();
        Object recv = args[2];
        for (int i = 0; i < path.length; i++) {
            if (recv == null) {
                throw RuntimePanics.nilDeref(this);
            }
            if (recv instanceof GoPointer p) {
                recv = p.load();
            }
            GoStruct s = (GoStruct) recv;
            Object f = s.get(path[i]);
            if (i == path.length - 1 && wantPointer && !(f instanceof GoStruct) && !(f instanceof GoArray)
                    && !s.type.fields.get(path[i]).type().isAggregate() && !(s.type.fields.get(path[i]).type() instanceof Pointer)) {
                f = new GoPointer.ToField(s, path[i]);
            }
            recv = f;
        }
        if (!wantPointer) {
            if (recv == null) {
                throw nilValueMethod();
            }
            if (recv instanceof GoPointer p) {
                recv = p.load();
            }
        }
        if (call == null) {
            // promoted from an embedded interface field: dispatch on its dynamic type
            Iface i = (Iface) recv;
            if (i == null) {
                throw RuntimePanics.nilDeref(this);
            }
            args[2] = i.value;
            return dispatch(i, args);
        }
        args[2] = recv;
        return call.call(args);
    }
}
