package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Named;
import gotruffle.types.Type;
import gotruffle.values.GoFunc;
import gotruffle.values.Iface;
import gotruffle.values.Values;

/** Methods used as function values: method values x.M (receiver bound) and method expressions T.M (receiver first). */
public final class MethodValueNodes {
    private MethodValueNodes() {}

    /** x.M as a value: a closure binding the receiver (evaluated now, as Go does). */
    public static final class MethodValue extends ExprNode {
        @Child private ExprNode recv;
        private final String name;
        private final boolean iface;
        private final Named.Method method;

        /** method: the concrete method, or null when recv is an interface (dispatch on its dynamic type by name). */
        public MethodValue(ExprNode recv, String name, boolean iface, Named.Method method) {
            this.recv = recv;
            this.name = name;
            this.iface = iface;
            this.method = method;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object r = recv.execute(frame);
            return bind(r);
        }

        @CompilerDirectives.TruffleBoundary
        private Object bind(Object r) {
            RootCallTarget target;
            Object recvValue = r;
            if (iface) {
                Iface i = (Iface) r;
                if (i == null) {
                    throw RuntimePanics.nilDeref(this);
                }
                target = GoContext.get(this).methods.lookup(i.type, name);
                recvValue = i.value;
            } else {
                target = ((GoFunc) method.impl()).target;
                // a value receiver is copied when the method value is made; a pointer receiver is bound as is
                recvValue = method.ptrRecv ? r : Values.copyAggregate(r);
            }
            return new GoFunc(BoundMethodRoot.targetFor(GoLanguage.get(this), target), recvValue);
        }
    }

    /** I.M as a function value. */
    public static final class IfaceMethodExpr extends ExprNode {
        private final String name;

        public IfaceMethodExpr(String name) {
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new GoFunc(IfaceMethodExprRoot.targetFor(GoLanguage.get(this), name), null);
        }
    }

    /** T.M for a promoted method, or (*T).M of a value method: the method table's adapter for receivers of type T. */
    public static final class AdaptedMethodExpr extends ExprNode {
        private final Type recv;
        private final String name;
        @CompilerDirectives.CompilationFinal private GoFunc value;

        public AdaptedMethodExpr(Type recv, String name) {
            this.recv = recv;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (value == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                value = new GoFunc(GoContext.get(this).methods.lookup(recv, name), null);
            }
            return value;
        }
    }

    /** T.M / (*T).M as a function value taking the receiver first. */
    public static final class MethodExpr extends ExprNode {
        private final Named.Method m;
        @CompilerDirectives.CompilationFinal private RootCallTarget target;

        public MethodExpr(Named.Method m) {
            this.m = m;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            // T.M takes the receiver as its first parameter: exactly the method's own calling convention
            if (target == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                target = ((GoFunc) m.impl()).target; // a standard-library method may be compiled on first use
            }
            return new GoFunc(target, null);
        }
    }
}
