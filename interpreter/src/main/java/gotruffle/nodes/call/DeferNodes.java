package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import gotruffle.GoContext;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.values.GoFunc;
import gotruffle.values.Iface;

/**
 * The defer statement's nodes: each evaluates the function value (or receiver) and arguments at
 * the statement and records the call on the activation's defer list (FuncRootNode.Defers).
 */
public final class DeferNodes {
    private DeferNodes() {}

    /** Evaluates a builtin's arguments at the go/defer statement, in order. */
    @ExplodeLoop
    public static Object[] evaluate(VirtualFrame frame, ExprNode[] args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = args[i].execute(frame);
        }
        return a;
    }

    /** A method's deferred arguments: the receiver first. */
    private static Object[] withReceiver(Object recv, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = recv;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    public static final class Func extends StmtNode {
        private final int slot;
        @Child private ExprNode fn;
        @Child private ArgsNode args;

        public Func(int slot, ExprNode fn, ArgsNode args) {
            this.slot = slot;
            this.fn = fn;
            this.args = args;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            GoFunc f = (GoFunc) fn.execute(frame);
            Object[] a = args.values(frame);
            if (f == null) {
                // Go panics when the deferred nil function is called, at function exit
                FuncRootNode.Defers.push(frame, slot, new DeferredCall(null, null, a, (fiber, d) -> {
                    throw RuntimePanics.nilDeref(null);
                }));
                return;
            }
            FuncRootNode.Defers.push(frame, slot, new DeferredCall(f.target, f.env, a, null));
        }
    }

    public static final class Method extends StmtNode {
        private final int slot;
        private final FuncDef def;
        @Child private ExprNode recv;
        @Child private ArgsNode args;

        public Method(int slot, FuncDef def, ExprNode recv, ArgsNode args) {
            this.slot = slot;
            this.def = def;
            this.recv = recv;
            this.args = args;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object r = recv.execute(frame);
            FuncRootNode.Defers.push(frame, slot, new DeferredCall(def.target(), null, withReceiver(r, args.values(frame)), null));
        }
    }

    public static final class IfaceMethod extends StmtNode {
        private final int slot;
        private final String name;
        @Child private ExprNode recv;
        @Child private ArgsNode args;

        public IfaceMethod(int slot, ExprNode recv, String name, ArgsNode args) {
            this.slot = slot;
            this.recv = recv;
            this.name = name;
            this.args = args;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Iface i = (Iface) recv.execute(frame);
            if (i == null) {
                throw RuntimePanics.nilDeref(this);
            }
            FuncRootNode.Defers.push(frame, slot, new DeferredCall(lookup(i), null, withReceiver(i.value, args.values(frame)), null));
        }

        @TruffleBoundary
        private RootCallTarget lookup(Iface i) {
            return GoContext.get(this).methods.lookup(i.type, name);
        }
    }

    public static final class Builtin extends StmtNode {
        private final int slot;
        @Children private final ExprNode[] args;
        private final DeferredCall.Invoker action;

        public Builtin(int slot, ExprNode[] args, DeferredCall.Invoker action) {
            this.slot = slot;
            this.args = args;
            this.action = action;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            FuncRootNode.Defers.push(frame, slot, new DeferredCall(null, null, evaluate(frame, args), action));
        }
    }
}
