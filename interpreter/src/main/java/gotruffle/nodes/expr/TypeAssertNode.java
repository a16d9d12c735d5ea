package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.GoContext;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.MemberKey;
import gotruffle.types.Named;
import gotruffle.types.Type;
import gotruffle.values.Iface;
import gotruffle.values.Values;

/**
 * x.(T): to a concrete T compares the dynamic type (interned types: one reference compare);
 * to an interface T checks the method set. Failure panics with Go's interface conversion
 * message, or yields (zero, false) in the comma-ok form.
 */
public final class TypeAssertNode extends ExprNode {
    @Child private ExprNode x;
    private final Type target;
    private final Type srcType;
    private final boolean commaOk;
    private final Object zero;

    public TypeAssertNode(ExprNode x, Type srcType, Type target, boolean commaOk) {
        this.x = x;
        this.srcType = srcType;
        this.target = target;
        this.commaOk = commaOk;
        this.zero = target.isInterface() ? null : Values.zero(target);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Iface i = (Iface) x.execute(frame);
        boolean ok;
        Object result;
        if (target.underlying() instanceof Interface ti) {
            ok = i != null && implementsIface(i.type, ti);
            result = ok ? i : null;
        } else {
            ok = i != null && i.type == target;
            result = ok ? i.value : null;
        }
        if (commaOk) {
            return new Object[]{ok ? result : Values.copyAggregate(zero), ok};
        }
        if (!ok) {
            throw fail(i);
        }
        return result;
    }

    @TruffleBoundary
    private boolean implementsIface(Type dyn, Interface ti) {
        return GoContext.get(this).methods.implementsIface(dyn, ti);
    }

    @TruffleBoundary
    private GoPanic fail(Iface i) {
        GoContext ctx = GoContext.get(this);
        String src = srcType.toString(true);
        String msg;
        if (i == null) {
            // Go's assertE2I/assertI2I do not record the source interface: "interface is nil"
            String from = target.underlying() instanceof Interface ? "interface" : src;
            msg = "interface conversion: " + from + " is nil, not " + target.toString(true);
        } else if (target.underlying() instanceof Interface ti) {
            String missing = "";
            for (Interface.Method m : ti.methods) {
                if (Lookup.signature(i.type, m.name()) == null) {
                    missing = MemberKey.display(m.name());
                    break;
                }
            }
            msg = "interface conversion: " + i.type.toString(true) + " is not " + target.toString(true) + ": missing method " + missing;
        } else {
            String have = i.type.toString(true);
            String want = target.toString(true);
            msg = "interface conversion: " + src + " is " + have + ", not " + want;
            if (have.equals(want)) {
                // two types print alike: say why they differ, as Go's runtime does
                boolean samePkg = !(i.type instanceof Named a && target instanceof Named b)
                        || a.pkgPath.equals(b.pkgPath);
                msg += samePkg ? " (types from different scopes)" : " (types from different packages)";
            }
        }
        return RuntimePanics.typeAssertion(msg, this);
    }
}
