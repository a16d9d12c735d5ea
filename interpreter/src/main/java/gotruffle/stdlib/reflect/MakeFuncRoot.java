package gotruffle.stdlib.reflect;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.FuncRootNode;
import gotruffle.types.Signature;
import gotruffle.types.Type;
import gotruffle.values.GoFunc;
import gotruffle.values.GoSlice;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The code of every function made by reflect.MakeFunc: its env says the function type and the
 * Go func(args []Value) []Value to call; arguments become Values, results are checked against
 * the type as Go checks them.
 */
public final class MakeFuncRoot extends RootNode {
    private static final Map<GoLanguage, RootCallTarget> TARGETS = new WeakHashMap<>();

    /** The env of a MakeFunc function. */
    public record Env(Signature type, GoFunc fn) {}

    private MakeFuncRoot(GoLanguage language) {
        super(language);
    }

    public static synchronized RootCallTarget target(GoLanguage language) {
        return TARGETS.computeIfAbsent(language, l -> new MakeFuncRoot(l).getCallTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return invoke(GoContext.get(this), frame.getArguments(), getCallTarget());
    }

    @TruffleBoundary
    private static Object invoke(GoContext ctx, Object[] a, RootCallTarget self) {
        Fiber fiber = (Fiber) a[0];
        Env env = (Env) a[1];
        ValueOps ops = new ValueOps(ctx, fiber);
        Object[] in = new Object[env.type.params.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = ops.wrap(RValue.of(env.type.params.get(i), a[2 + i], 0));
        }
        // Deferred by a panic, the stub passes that on: recover works in the Go function it calls.
        Object savedCallee = fiber.deferCallee;
        if (savedCallee == self) {
            fiber.deferCallee = env.fn.target;
        }
        Object r;
        try {
            r = env.fn.target.call(fiber, env.fn.env, new GoSlice(in, 0, in.length, in.length));
        } finally {
            fiber.deferCallee = savedCallee;
        }
        List<RValue> out = ValueOps.rvalues(r);
        List<Type> want = env.type.results;
        if (out.size() != want.size()) {
            throw ReflectState.panic("reflect: wrong return count from function created by MakeFunc");
        }
        Object[] res = new Object[out.size()];
        for (int i = 0; i < res.length; i++) {
            RValue v = out.get(i);
            if (v == null) {
                throw ReflectState.panic("reflect: function created by MakeFunc using " + funcName(env.fn) + " returned zero Value");
            }
            if (v.readOnly()) {
                throw ReflectState.panic("reflect: function created by MakeFunc using " + funcName(env.fn) + " returned value obtained from unexported field");
            }
            res[i] = ops.assignTo(v, "reflect.MakeFunc", want.get(i));
        }
        return res.length == 0 ? null : res.length == 1 ? res[0] : res;
    }

    private static String funcName(GoFunc f) {
        RootNode r = f.target.getRootNode();
        return r instanceof FuncRootNode fr ? fr.goName() : r.getName();
    }

    @Override
    public String getName() {
        return "reflect.makeFuncStub";
    }
}
