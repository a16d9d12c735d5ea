package gotruffle.compiler;

import gotruffle.nodes.ExprNode;
import gotruffle.nodes.expr.*;
import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Shown;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.types.TypeParam;
import gotruffle.types.TypeSets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static gotruffle.compiler.Constants.*;
import static gotruffle.compiler.ExprStrings.*;

/** Composite literals (the spec's "Composite literals"; types2's exprInternal CompositeLit case): struct, array, slice and map literals. */
final class CompositeLitCompiler {
    final Checker check;

    CompositeLitCompiler(Checker check) {
        this.check = check;
    }

    // ---- composite literals ----

    Operand compositeLit(CompositeLit c, Type elided) {
        Type shownElided = elided; // may be a display type (byte/rune as written, see Shown)
        elided = elided == null ? null : Shown.canon(elided);
        Type t;
        if (c.type() == null) {
            if (elided == null) {
                check.error(c, "missing type in composite literal");
                return Operand.invalid(c);
            }
            t = elided;
        } else if (c.type() instanceof ArrayTypeExpr at && at.len() instanceof EllipsisExpr) {
            Type elem = check.typeExprs.typeOf(at.elem());
            long n = 0, idx = 0;
            for (KeyedElement k : c.elts()) {
                if (k.key() != null) {
                    Operand kk = check.exprs.expr(k.key());
                    if (kk.mode == Operand.Mode.CONST && kk.value.isIntegral()) {
                        idx = kk.value.toBigInteger().longValue();
                    }
                }
                idx++;
                n = Math.max(n, idx);
            }
            t = Array.of(n, elem);
        } else {
            t = check.typeExprs.typeOf(c.type());
        }
        if (t == Basic.INVALID) {
            useElements(c);
            return Operand.invalid(c);
        }
        Type u = t instanceof TypeParam && TypeSets.core(t) != null ? TypeSets.core(t) : t.underlying();
        Type shownT = c.type() != null ? check.typeExprs.shown(c.type(), t) : shownElided;
        Type shownU = shownT instanceof Named sn ? check.shownUnderlying.getOrDefault(sn, u) : shownT;
        Type base = u instanceof Pointer p && c.type() == null ? p.elem : null;
        if (base != null) {
            // &T elided in []*T{{...}}
            Operand inner = compositeLit(new CompositeLit(c.line(), c.col(), null, c.elts(), c.rbraceLine(), c.rbraceCol()), base);
            if (inner.invalid()) {
                return inner;
            }
            ExprNode n = base.isAggregate() ? inner.node : new PointerNodes.NewCellPointer(inner.node);
            return fresh(Operand.value(c, t, n));
        }
        switch (u) {
            case Struct st -> {
                // types2 names the literal's type as written, or its core type when elided ([]P{{...}})
                Type lt = c.type() != null ? t : u;
                ExprNode[] fields = new ExprNode[st.fields.size()];
                List<Integer> order = new ArrayList<>(); // keyed elements are evaluated in source order
                if (!c.elts().isEmpty() && c.elts().get(0).key() != null) {
                    for (KeyedElement k : c.elts()) {
                        if (k.key() == null) {
                            check.error(k.value(), "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        if (!(k.key() instanceof Ident fid)) {
                            check.error(k, "invalid field name " + (k.key() == null ? "" : exprString(k.key())) + " in struct literal");
                            continue;
                        }
                        int i = st.fieldIndex(fid.name());
                        if (i < 0 || !check.fieldVisible(st.fields.get(i))) {
                            check.error(fid, "unknown field '" + fid.name() + "' in struct literal of type " + lt);
                            continue;
                        }
                        if (fields[i] != null) {
                            check.error(k, "duplicate field name " + fid.name() + " in struct literal");
                            continue;
                        }
                        fields[i] = elementValue(k.value(), shownField(shownU, st, i), "struct literal");
                        order.add(i);
                    }
                } else {
                    if (!c.elts().isEmpty() && c.elts().size() < st.fields.size()) {
                        check.error(c.rbraceLine(), c.rbraceCol(), "too few values in " + lt + ELIDED_BODY);
                    }
                    for (int i = 0; i < c.elts().size(); i++) {
                        KeyedElement k = c.elts().get(i);
                        if (i >= st.fields.size()) {
                            check.error(k.value(), "too many values in " + lt + ELIDED_BODY);
                            break;
                        }
                        if (k.key() != null) {
                            check.error(k, "mixture of field:value and value elements in struct literal");
                            continue;
                        }
                        if (!check.fieldVisible(st.fields.get(i))) {
                            check.error(k.value(), "implicit assignment to unexported field " + st.fields.get(i).name() + " in " + t + " literal");
                            continue;
                        }
                        fields[i] = elementValue(k.value(), shownField(shownU, st, i), "struct literal");
                        order.add(i);
                    }
                }
                int[] evalOrder = order.stream().mapToInt(Integer::intValue).toArray();
                return fresh(Operand.value(c, t, new CompositeNodes.NewStruct(st, fields, evalOrder)));
            }
            case Array a -> {
                return seqLiteral(c, t, a.elem, a.len, false, shownU instanceof Array sa ? sa.elem : a.elem);
            }
            case Slice sl -> {
                return seqLiteral(c, t, sl.elem, -1, true, shownU instanceof Slice ss ? ss.elem : sl.elem);
            }
            case MapType m -> {
                List<ExprNode> keys = new ArrayList<>(), vals = new ArrayList<>();
                Set<Object> seen = new HashSet<>();
                for (KeyedElement k : c.elts()) {
                    if (k.key() == null) {
                        check.error(k.value(), "missing key in map literal");
                        continue;
                    }
                    if (k.key() instanceof CompositeLit kc && kc.type() == null) {
                        Operand ko = compositeLit(kc, m.key);
                        keys.add(ko.node);
                    } else {
                        Operand ko = check.exprs.single(k.key());
                        int errors = check.errors.size();
                        ExprNode kn = check.exprs.assign(ko, m.key, "map literal");
                        // (an instance's type arguments may make keys constant and equal: Go checks the generic body)
                        if (ko.mode == Operand.Mode.CONST && check.errors.size() == errors && !check.inInstance) {
                            // types2: the key's value once converted to the key type (an interface: with its default type)
                            Type kt = m.key.isInterface() ? (ko.type.isUntyped() ? defaultType(ko.type) : ko.type) : m.key;
                            Const v = ko.type.isUntyped() ? representable(ko.value, kt) : ko.value;
                            if (v != null && !seen.add(List.of(v, m.key.isInterface() ? kt : Basic.INVALID))) {
                                check.error(k.key(), "duplicate key " + v + " in map literal");
                                continue;
                            }
                        }
                        keys.add(kn);
                    }
                    vals.add(elementValue(k.value(), shownU instanceof MapType sm ? sm.elem : m.elem, "map literal"));
                }
                return fresh(Operand.value(c, t, new CompositeNodes.NewMap(m.key, keys.toArray(new ExprNode[0]), vals.toArray(new ExprNode[0]))));
            }
            default -> {
                useElements(c);
                check.error(c, "invalid composite literal type " + t);
                return Operand.invalid(c);
            }
        }
    }

    /** types2 still checks the values of a literal of no usable type (keys may be field names: skipped). */
    private void useElements(CompositeLit c) {
        for (KeyedElement k : c.elts()) {
            check.exprs.expr(k.value());
        }
    }

    private Operand fresh(Operand o) {
        o.fresh = true;
        return o;
    }

    /** The element type of x's (display) type, when it differs from elem only by byte/rune names; else null. */
    Type shownElem(Operand x, Type elem) {
        Type st = x.shownType();
        if (st instanceof Named sn) {
            st = check.shownUnderlying.get(sn);
        } else if (st instanceof Pointer sp) {
            st = sp.elem;
        }
        Type se = st instanceof Slice ss ? ss.elem : st instanceof Array sa ? sa.elem : st instanceof MapType sm ? sm.elem
                : st instanceof ChanType sc ? sc.elem : null;
        return se != null && se != elem && Shown.canon(se) == elem ? se : null;
    }

    /** The type of field i of struct st as written (byte/rune kept), for messages. */
    private static Type shownField(Type shownU, Struct st, int i) {
        return shownU instanceof Struct ss && ss.fields.size() == st.fields.size() ? ss.fields.get(i).type() : st.fields.get(i).type();
    }

    /** types2 prints the literal as "T{…}"; "…" as UTF-8 bytes, since messages are byte strings. */
    private static final String ELIDED_BODY = new String("{…}".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);

    private Operand seqLiteral(CompositeLit c, Type t, Type elem, long len, boolean slice, Type shownElem) {
        List<ExprNode> elems = new ArrayList<>();
        List<Integer> pos = new ArrayList<>();
        long idx = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (KeyedElement k : c.elts()) {
            if (k.key() != null) {
                Operand ko = check.exprs.expr(k.key());
                if (ko.mode != Operand.Mode.CONST || !ko.value.isIntegral()) {
                    check.error(k.key(), "index " + exprString(k.key()) + " must be integer constant");
                    continue;
                }
                if (ko.value.signum() < 0) {
                    check.exprs.indexNode(ko, "index"); // reports types2's "must not be negative"
                    continue;
                }
                idx = ko.value.toBigInteger().longValue();
                if (len >= 0 && idx >= len) {
                    check.error(k.key(), "invalid argument: index " + idx + " out of bounds [0:" + len + "]");
                    return Operand.invalid(c);
                }
            } else if (len >= 0 && idx >= len) {
                check.error(k.value(), "index " + idx + " is out of bounds (>= " + len + ")");
                return Operand.invalid(c);
            }
            if (!seen.add(idx)) {
                check.error(k, "duplicate index " + idx + " in array or slice literal");
            }
            elems.add(elementValue(k.value(), shownElem, "array or slice literal"));
            pos.add((int) idx);
            idx++;
            max = Math.max(max, idx);
        }
        int n = (int) (len >= 0 ? len : max);
        int[] p = pos.stream().mapToInt(Integer::intValue).toArray();
        return fresh(Operand.value(c, t, new CompositeNodes.NewSeq(elem, n, slice, elems.toArray(new ExprNode[0]), p)));
    }

    ExprNode elementValue(Expr v, Type t, String ctx) {
        if (v instanceof CompositeLit cl && cl.type() == null) {
            Operand o = compositeLit(cl, t);
            return o.invalid() ? new ConstNode(null) : o.node;
        }
        Operand o = check.exprs.single(v);
        return check.exprs.assign(o, t, ctx);
    }
}
