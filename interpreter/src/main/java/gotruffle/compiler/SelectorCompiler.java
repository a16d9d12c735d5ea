package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.call.MethodValueNodes;
import gotruffle.nodes.expr.*;
import gotruffle.parser.ast.*;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Shown;
import gotruffle.types.Signature;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;

import java.util.ArrayList;
import java.util.List;

import gotruffle.compiler.ExprCompiler.NodeLValue;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.Checker.*;

/** Selectors (types2's selection in call.go and lookup.go): fields, promoted fields and methods, method values and method expressions. */
final class SelectorCompiler {
    final Checker check;

    SelectorCompiler(Checker check) {
        this.check = check;
    }

    // ---- selectors ----

    Operand selector(SelectorExpr s) {
        String name = s.sel().name();
        if (s.x() instanceof Ident pk && check.scope.lookup(pk.name()) instanceof Entity.Pkg p) {
            p.used = true;
            if (p.pkg.unsupported) {
                return Operand.invalid(s); // reported at the import
            }
            Entity en = p.pkg.scope.lookupLocal(name);
            if (en == null || !isExported(name)) {
                check.undefinedQualified(s.sel(), s, p.pkg, pk.name(), name);
                return Operand.invalid(s);
            }
            Scope saved = check.scope;
            try {
                check.scope = p.pkg.scope;
                return check.exprs.ident(new Ident(s.sel().line(), s.sel().col(), name));
            } finally {
                check.scope = saved;
            }
        }
        Operand x = check.exprs.expr(s.x());
        if (x.invalid()) {
            return x;
        }
        if (x.mode == Operand.Mode.TYPE) {
            return methodExpr(s, x.type, name);
        }
        if (x.mode == Operand.Mode.BUILTIN) {
            // types2 reports at the selector's position, its '.' (taken as just before the name)
            check.error(s.sel().line(), s.sel().col() - 1, "cannot select on " + exprString(s.x()) + " (built-in)");
            return Operand.invalid(s);
        }
        String key = check.methodKey(name);
        if (x.mode == Operand.Mode.COMMAOK) {
            x.mode = Operand.Mode.VALUE;
        }
        if (x.mode != Operand.Mode.VALUE) {
            if (x.mode == Operand.Mode.CONST) {
                // methods on constants of named types
                x = Operand.value(s.x(), x.type, check.exprs.valueNode(x));
            } else {
                check.error(s, exprString(s) + " undefined");
                return Operand.invalid(s);
            }
        }
        Type t = x.type;
        if (t.underlying() == Basic.INVALID || t instanceof Pointer ip && ip.elem.underlying() == Basic.INVALID) {
            return Operand.invalid(s); // its type had an error (reported): no follow-on error, as in types2
        }
        // interface methods, and a type parameter's (its constraint's)
        if (t.underlying() instanceof Interface || t instanceof TypeParam) {
            Interface it = t instanceof TypeParam tp ? constraintIface(tp) : (Interface) t.underlying();
            Interface.Method m = it.method(key);
            if (m == null) {
                undefined(s, x, t, name);
                return Operand.invalid(s);
            }
            Operand o = Operand.value(s, m.sig(), null);
            o.ref = new MethodSel(MethodSel.K.IFACE, x, key, null, List.of(), false);
            o.node = new MethodValueNodes.MethodValue(check.exprs.valueNode(x), key, true, null);
            return o;
        }
        // fields (with promotion through embedded structs)
        Type base = t.underlying() instanceof Pointer p ? p.elem : t;
        boolean viaPtr = t.underlying() instanceof Pointer;
        if (base.underlying() instanceof Struct st) {
            List<int[]> path = new ArrayList<>();
            Struct.Field f = findField(st, name, path, 0);
            if (f != null) {
                ExprNode n = check.exprs.valueNode(x);
                Type cur = t;
                Type shownCur = x.shownType();
                LValue lv = null;
                for (int i = 0; i < path.size(); i++) {
                    int idx = path.get(i)[0];
                    Struct cs = (Struct) ((cur.underlying() instanceof Pointer pp) ? pp.elem.underlying() : cur.underlying());
                    Struct.Field cf = cs.fields.get(idx);
                    NodeLValue nl = check.exprs.new NodeLValue(NodeLValue.K.FIELD, cf.type(), n, null, idx, cur);
                    lv = nl;
                    n = nl.read();
                    cur = cf.type();
                    Struct ss = shownStruct(shownCur);
                    shownCur = ss != null && ss.fields.size() == cs.fields.size() ? ss.fields.get(idx).type() : cur;
                }
                Operand o = Operand.value(s, f.type(), n);
                if (shownCur != f.type() && Shown.canon(shownCur) == f.type()) {
                    o.shown = shownCur; // byte, rune, any as the field's declaration wrote them
                }
                // addressable if x is addressable or the path goes through a pointer
                boolean viaPointer = viaPtr || pathHasPointer(st, path);
                // types2: a field of a variable or reached through a pointer is a variable, else a value (T{}.a, m[k].a)
                o.isVar = viaPointer || ExprCompiler.addressable(x);
                if (o.isVar) {
                    o.lvalue = lv;
                }
                return o;
            }
        }
        // methods
        Lookup.Found found = Lookup.find(t, key);
        if (found == null && !(t instanceof Pointer) && ExprCompiler.addressable(x)) {
            found = Lookup.find(Pointer.of(t), key);
            if (found != null && found.method() != null) {
                // addressable value: implicit &x
                Operand o = Operand.value(s, found.method().sig, null);
                o.shown = check.shownMethodSig.get(found.method());
                o.ref = new MethodSel(MethodSel.K.CONCRETE, x, key, found.method(), found.path(), true);
                check.decls.noteMethodRef(found.method());
                o.node = boundMethodValue(x, (MethodSel) o.ref);
                return o;
            }
        }
        if (found == null) {
            Lookup.Found pf = t instanceof Pointer ? null : Lookup.find(Pointer.of(t), key);
            if (pf != null) {
                check.error(s.sel(), "cannot call pointer method " + name + " on " + t);
            } else {
                undefined(s, x, t, name);
            }
            return Operand.invalid(s);
        }
        if (found.method() == null) {
            // promoted from an embedded interface field: select the field, then call through it
            ExprNode n = check.exprs.valueNode(x);
            Type cur = t;
            for (Lookup.Step stp : found.path()) {
                Struct cs = (Struct) ((cur.underlying() instanceof Pointer pp) ? pp.elem.underlying() : cur.underlying());
                n = new FieldNodes.Get(n, stp.field());
                cur = cs.fields.get(stp.field()).type();
            }
            Operand recv = Operand.value(s.x(), cur, n);
            Operand o = Operand.value(s, found.ifaceMethod().sig(), null);
            o.ref = new MethodSel(MethodSel.K.IFACE, recv, key, null, List.of(), false);
            o.node = new MethodValueNodes.MethodValue(n, key, true, null);
            return o;
        }
        Operand o = Operand.value(s, found.method().sig, null);
        o.shown = check.shownMethodSig.get(found.method());
        o.ref = new MethodSel(MethodSel.K.CONCRETE, x, key, found.method(), found.path(), false);
        check.decls.noteMethodRef(found.method());
        o.node = boundMethodValue(x, (MethodSel) o.ref);
        return o;
    }

    /** The struct type (or pointer to it) t as written (see Shown), or null. */
    private Struct shownStruct(Type t) {
        if (t instanceof Pointer p) {
            t = p.elem;
        }
        if (t instanceof Named n) {
            t = check.shownUnderlying.getOrDefault(n, n.underlying());
        }
        return t instanceof Struct s ? s : null;
    }

    private boolean pathHasPointer(Struct st, List<int[]> path) {
        Struct cur = st;
        for (int i = 0; i < path.size() - 1; i++) {
            Type ft = cur.fields.get(path.get(i)[0]).type();
            if (ft.underlying() instanceof Pointer p) {
                return true;
            }
            cur = (Struct) ft.underlying();
        }
        return false;
    }

    /** Finds field name in st or (breadth-first) in embedded structs; path receives field indices. */
    Struct.Field findField(Struct st, String name, List<int[]> path, int depth) {
        if (depth > 8) {
            return null;
        }
        for (int i = 0; i < st.fields.size(); i++) {
            Struct.Field f = st.fields.get(i);
            if (f.name().equals(name) && check.fieldVisible(f)) {
                path.add(new int[]{i});
                return f;
            }
        }
        for (int i = 0; i < st.fields.size(); i++) {
            Struct.Field f = st.fields.get(i);
            if (f.embedded()) {
                Type ft = f.type().underlying() instanceof Pointer p ? p.elem : f.type();
                if (ft.underlying() instanceof Struct inner) {
                    List<int[]> sub = new ArrayList<>();
                    Struct.Field r = findField(inner, name, sub, depth + 1);
                    if (r != null) {
                        path.add(new int[]{i});
                        path.addAll(sub);
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** A selected method: how to call it. */
    record MethodSel(K k, Operand recv, String name, Named.Method method, List<Lookup.Step> path, boolean takeAddr) {
        enum K { IFACE, CONCRETE }
    }

    /** The receiver argument for a concrete method call: walks the embedding path, takes the address or dereferences as needed. */
    ExprNode receiverNode(MethodSel sel) {
        Operand x = sel.recv();
        ExprNode n;
        Type cur = x.type;
        boolean addressable = x.lvalue != null;
        if (sel.path().isEmpty()) {
            if (sel.takeAddr()) {
                return x.lvalue.addr();
            }
            n = check.exprs.valueNode(x);
        } else {
            n = check.exprs.valueNode(x);
            for (Lookup.Step st : sel.path()) {
                Struct s = (Struct) (cur.underlying() instanceof Pointer p ? p.elem.underlying() : cur.underlying());
                Struct.Field f = s.fields.get(st.field());
                if (f.type().isAggregate() || f.type().underlying() instanceof Pointer) {
                    n = new FieldNodes.Get(n, st.field());
                } else if (sel.method().ptrRecv && st == sel.path().get(sel.path().size() - 1)) {
                    n = new FieldNodes.Addr(n, st.field());
                    return n;
                } else {
                    n = new FieldNodes.Get(n, st.field());
                }
                cur = f.type();
            }
        }
        boolean isPtr = cur.underlying() instanceof Pointer;
        if (sel.method().ptrRecv) {
            if (!isPtr && !cur.isAggregate()) {
                // addressable non-aggregate embedded value: handled above; shouldn't happen
                return n;
            }
            return n; // aggregates: the object is the pointer
        }
        if (isPtr) {
            Type elem = ((Pointer) cur.underlying()).elem;
            return new PointerNodes.Load(n, elem.isAggregate());
        }
        return n;
    }

    /** types2's "x.f undefined (type T has no field or method f)", with its hint when only the case of f's first letter is off. */
    private void undefined(SelectorExpr s, Operand x, Type t, String name) {
        Type base = t instanceof Pointer p ? p.elem : t;
        if (base instanceof Named n && n.pkgPath != null && n.typeArgs == null && isExported(name) && GoApi.has(n.pkgPath, n.name + "." + name)) {
            check.unsupported(s, n.pkgPath + "." + n.name + "." + name + Checker.NOT_YET);
            return;
        }
        String why = "type " + (t == x.type ? x.shownType() : t) + " has no field or method " + name; // (any as written)
        int c0 = name.codePointAt(0);
        int o0 = Character.isUpperCase(c0) ? Character.toLowerCase(c0) : Character.toUpperCase(c0);
        String other = new String(Character.toChars(o0)) + name.substring(Character.charCount(c0));
        if (o0 != c0 && has(t, other, x.lvalue != null)) {
            why += ", but does have " + other;
        }
        check.error(s.sel(), exprString(s) + " undefined (" + why + ")");
    }

    /** Whether x.name selects a field or method (types2's LookupFieldOrMethod finds something). */
    private boolean has(Type t, String name, boolean addressable) {
        String key = check.methodKey(name);
        if (t.underlying() instanceof Interface || t instanceof TypeParam) {
            Interface it = t instanceof TypeParam tp ? constraintIface(tp) : (Interface) t.underlying();
            return it.method(key) != null;
        }
        Type base = t.underlying() instanceof Pointer p ? p.elem : t;
        if (base.underlying() instanceof Struct st && findField(st, name, new ArrayList<>(), 0) != null) {
            return true;
        }
        return Lookup.find(t, key) != null || (addressable && !(t instanceof Pointer) && Lookup.find(Pointer.of(t), key) != null);
    }

    ExprNode boundMethodValue(Operand x, MethodSel sel) {
        return new MethodValueNodes.MethodValue(receiverNode(sel), sel.name(), false, sel.method());
    }

    /** The method set of tp: its constraint interface's (empty when the constraint had an error). */
    private static Interface constraintIface(TypeParam tp) {
        return tp.constraint.underlying() instanceof Interface ci ? ci : Interface.EMPTY;
    }

    Operand methodExpr(SelectorExpr s, Type t, String name) {
        String key = check.methodKey(name);
        if (t.underlying() instanceof Interface || t instanceof TypeParam) {
            Interface it = t instanceof TypeParam tp ? constraintIface(tp) : (Interface) t.underlying();
            // I.M: a function taking the interface value first, dispatching on its dynamic type
            Interface.Method im = it.method(key);
            if (im == null) {
                check.error(s.sel(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
                return Operand.invalid(s);
            }
            List<Type> ps = new ArrayList<>();
            ps.add(t);
            ps.addAll(im.sig().params);
            Signature isig = Signature.of(ps, im.sig().results, im.sig().variadic);
            return Operand.value(s, isig, new MethodValueNodes.IfaceMethodExpr(key));
        }
        Lookup.Found f = Lookup.find(t, key);
        if (f == null || (f.method() != null && f.method().ptrRecv && !f.recvIsPointer())) {
            check.error(s.sel(), exprString(s) + " undefined (type " + t + " has no field or method " + name + ")");
            return Operand.invalid(s);
        }
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(f.sig().params);
        Signature sig = Signature.of(params, f.sig().results, f.sig().variadic);
        Named.Method m = f.method();
        check.decls.noteMethodRef(m);
        if (m == null || !f.path().isEmpty() || (!m.ptrRecv && t instanceof Pointer)) {
            // promoted or through a pointer to a value method: the adapter interfaces use for that dynamic type
            return Operand.value(s, sig, new MethodValueNodes.AdaptedMethodExpr(t, key));
        }
        return Operand.value(s, sig, new MethodValueNodes.MethodExpr(m));
    }
}
