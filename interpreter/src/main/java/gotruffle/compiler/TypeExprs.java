package gotruffle.compiler;

import gotruffle.parser.ast.*;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Predicates;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gotruffle.compiler.ExprStrings.*;
import static gotruffle.compiler.Checker.*;

/** Type expressions (types2's typexpr.go): the types that type expressions denote, signatures, and types as written for messages. */
final class TypeExprs {
    final Checker check;

    TypeExprs(Checker check) {
        this.check = check;
    }

    Type typeOf(Expr e) {
        boolean constraintAllowed = check.constraintOk;
        check.constraintOk = false;
        switch (e) {
            case Ident id -> {
                Entity en = check.scope.lookup(id.name());
                if (en == null) {
                    check.error(id, id.name().equals("_") ? "cannot use _ as value or type" : "undefined: " + id.name());
                    return Basic.INVALID;
                }
                en.used = true;
                if (en instanceof Entity.TypeE t) {
                    if (t.generic != null) {
                        check.error(id, "cannot use generic type " + t.generic.describe() + " without instantiation");
                        return Basic.INVALID;
                    }
                    if (check.shallow) {
                        return t.type != null ? t.type : check.decls.shallowAlias(t);
                    }
                    check.decls.resolveTypeEntity(t);
                    if (!constraintAllowed && Generics.isConstraint(t.type)) {
                        check.error(id, "cannot use type " + id.name() + " outside a type constraint: " + Generics.constraintReason(t.type));
                        return Basic.INVALID;
                    }
                    return t.type;
                }
                notAType(id);
                return Basic.INVALID;
            }
            case ParenExpr p -> {
                return typeOf(p.x());
            }
            case SelectorExpr s -> {
                if (s.x() instanceof Ident pk && check.scope.lookup(pk.name()) instanceof Entity.Pkg p) {
                    p.used = true;
                    if (p.pkg.unsupported) {
                        return Basic.INVALID; // reported at the import
                    }
                    Entity en = p.pkg.scope.lookupLocal(s.sel().name());
                    if (en instanceof Entity.TypeE t && isExported(s.sel().name())) {
                        check.decls.resolveTypeEntity(t);
                        return t.type;
                    }
                    if (en == null || !isExported(s.sel().name())) {
                        check.undefinedQualified(s.sel(), s, p.pkg, pk.name(), s.sel().name());
                    } else {
                        notAType(s);
                    }
                    return Basic.INVALID;
                }
                notAType(s); // types2 checks x.Sel as an expression: "undefined: x", "x.Sel undefined (...)", "x.Sel (...) is not a type"
                return Basic.INVALID;
            }
            case StarExpr s -> {
                return Pointer.of(typeOf(s.x()));
            }
            case ArrayTypeExpr a -> {
                if (a.len() == null) {
                    return Slice.of(typeOf(a.elem()));
                }
                if (check.shallow) {
                    return Array.of(0, typeOf(a.elem())); // validType looks at the element only
                }
                if (a.len() instanceof EllipsisExpr) {
                    typeOf(a.elem());
                    check.error(a, "invalid use of [...] array (outside a composite literal)");
                    return Basic.INVALID;
                }
                long len = arrayLength(a.len());
                Type elem = typeOf(a.elem());
                return len < 0 ? Basic.INVALID : Array.of(len, elem);
            }
            case MapTypeExpr m -> {
                Type k = typeOf(m.key());
                Type v = typeOf(m.value());
                if (k != Basic.INVALID && !Predicates.comparable(k) && !(k.underlying() instanceof Interface)) {
                    check.error(m.key(), "invalid map key type " + k);
                }
                return MapType.of(k, v);
            }
            case ChanTypeExpr c -> {
                return ChanType.of(c.dir(), typeOf(c.elem()));
            }
            case FuncTypeExpr f -> {
                return signature(f, null);
            }
            case StructTypeExpr s -> {
                List<Struct.Field> fields = new ArrayList<>();
                Map<String, Node> declared = new HashMap<>(); // types2's declareInSet: where each field name is declared
                for (Field f : s.fields()) {
                    Type t = typeOf(f.type());
                    if (f.embedded()) {
                        Type base = t instanceof Pointer p ? p.elem : t;
                        Ident id = embeddedIdent(f.type());
                        String name = id != null ? id.name() : base instanceof Named n ? n.name : base.toString();
                        fieldName(declared, name, id != null ? id : f.type());
                        fields.add(new Struct.Field(name, t, true, f.tag(), check.fieldPkg(name)));
                    } else {
                        for (Ident n : f.names()) {
                            fieldName(declared, n.name(), n);
                            fields.add(new Struct.Field(n.name(), t, false, f.tag(), check.fieldPkg(n.name())));
                        }
                    }
                }
                return Struct.of(fields);
            }
            case InterfaceTypeExpr it -> {
                if (check.shallow) {
                    return check.generics.embeddedTypes(it);
                }
                Type t = check.generics.interfaceType(it);
                if (!constraintAllowed && Generics.isConstraint(t)) {
                    check.error(it, "cannot use type " + exprString(it) + " outside a type constraint: " + Generics.constraintReason(t));
                    return Basic.INVALID;
                }
                return t;
            }
            case IndexExpr ix -> {
                return check.generics.typeInstance(ix);
            }
            default -> {
                check.error(e, exprString(e) + " is not a type");
                return Basic.INVALID;
            }
        }
    }

    /** types2's "x is not a type" for a name of something else, described as an operand. */
    private void notAType(Expr e) {
        Operand o = check.exprs.expr(e);
        if (!o.invalid()) {
            check.error(e, (o.mode == Operand.Mode.BUILTIN ? exprString(e) + " (built-in)" : describe(o)) + " is not a type");
        }
    }

    /** A struct field's name: "redeclared" with the other declaration when the struct has it already. */
    private void fieldName(Map<String, Node> declared, String name, Node at) {
        if (name.equals("_")) {
            return;
        }
        Node alt = declared.putIfAbsent(name, at);
        if (alt != null) {
            check.error(at, name + " redeclared" + otherDeclaration(check.curPath, alt.line(), alt.col(), name));
        }
    }

    /** The name of an embedded field as written: T, *T, pkg.T, T[A] all give T (aliases keep their own name). */
    /** types2's arrayLength: the length, or -1 after reporting why it is not one. */
    private long arrayLength(Expr e) {
        if (e instanceof Ident id) {
            // a name here may be a type parameter list missing its constraint: say "array length"
            Entity en = check.scope.lookup(id.name());
            if (en == null) {
                check.error(e, "undeclared name " + id.name() + " for array length");
                return -1;
            }
            if (!(en instanceof Entity.ConstE)) {
                check.error(e, "invalid array length " + id.name());
                return -1;
            }
        }
        Operand n = check.exprs.expr(e);
        if (n.mode != Operand.Mode.CONST) {
            if (!n.invalid()) {
                check.error(e, "array length " + describe(n) + " must be constant");
            }
            return -1;
        }
        if ((n.type.isUntyped() || n.type.isInteger()) && n.value.isIntegral()) {
            BigInteger v = n.value.toBigInteger();
            if (v.bitLength() < 64) {
                if (v.signum() >= 0) {
                    return v.longValue();
                }
                check.error(e, "invalid array length " + describe(n));
                return -1;
            }
        }
        check.error(e, "array length " + describe(n) + " must be integer");
        return -1;
    }

    static String embeddedName(Expr e) {
        Ident id = embeddedIdent(e);
        return id == null ? null : id.name();
    }

    /** The name of an embedded field as an identifier (types2's embeddedFieldIdent): where the field is declared. */
    static Ident embeddedIdent(Expr e) {
        while (true) {
            switch (e) {
                case ParenExpr p -> e = p.x();
                case StarExpr s -> e = s.x();
                case IndexExpr ix -> e = ix.x();
                case SelectorExpr s -> {
                    return s.sel();
                }
                case Ident id -> {
                    return id;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** A signature; names of parameters/results are declared by the caller when compiling a body. */
    Signature signature(FuncTypeExpr f, Field recv) {
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            Field p = f.params().get(i);
            Type t = typeOf(p.type());
            if (f.variadic() && i == f.params().size() - 1) {
                t = Slice.of(t);
            }
            int n = Math.max(1, p.names().size());
            for (int j = 0; j < n; j++) {
                params.add(t);
            }
        }
        List<Type> results = new ArrayList<>();
        for (Field r : f.results()) {
            Type t = typeOf(r.type());
            int n = Math.max(1, r.names().size());
            for (int j = 0; j < n; j++) {
                results.add(t);
            }
        }
        return Signature.of(params, results, f.variadic());
    }

    /**
     * The display form of type t resolved from type expression e: t itself, except that byte and
     * rune (and any) written in e show as such (types2 keeps alias names). Reports nothing; the result is for
     * messages only (the checker works with {@code Shown.canon} of it, which is t).
     */
    Type shown(Expr e, Type t) {
        switch (e) {
            case Ident id -> {
                if ((id.name().equals("byte") || id.name().equals("rune")) && t instanceof Basic
                        && check.scope.lookup(id.name()) == check.universe.lookupLocal(id.name())) {
                    return id.name().equals("byte") ? Basic.BYTE : Basic.RUNE;
                }
                if (id.name().equals("any") && t == Interface.EMPTY
                        && check.scope.lookup("any") == check.universe.lookupLocal("any")) {
                    return Interface.ANY;
                }
                return t;
            }
            case ParenExpr p -> {
                return shown(p.x(), t);
            }
            case StarExpr s when t instanceof Pointer p -> {
                Type el = shown(s.x(), p.elem);
                return el == p.elem ? t : Pointer.of(el);
            }
            case ArrayTypeExpr a when t instanceof Slice sl -> {
                Type el = shown(a.elem(), sl.elem);
                return el == sl.elem ? t : Slice.of(el);
            }
            case ArrayTypeExpr a when t instanceof Array ar -> {
                Type el = shown(a.elem(), ar.elem);
                return el == ar.elem ? t : Array.of(ar.len, el);
            }
            case MapTypeExpr m when t instanceof MapType mt -> {
                Type k = shown(m.key(), mt.key), v = shown(m.value(), mt.elem);
                return k == mt.key && v == mt.elem ? t : MapType.of(k, v);
            }
            case ChanTypeExpr c when t instanceof ChanType ch -> {
                Type el = shown(c.elem(), ch.elem);
                return el == ch.elem ? t : ChanType.of(ch.dir, el);
            }
            case FuncTypeExpr f when t instanceof Signature sig -> {
                return shownSignature(f, sig);
            }
            case StructTypeExpr st when t instanceof Struct s -> {
                List<Struct.Field> fs = new ArrayList<>();
                boolean same = true;
                int i = 0;
                for (Field f : st.fields()) {
                    int n = f.embedded() ? 1 : f.names().size();
                    for (int j = 0; j < n && i < s.fields.size(); j++, i++) {
                        Struct.Field g = s.fields.get(i);
                        Type ft = shown(f.type(), g.type());
                        same &= ft == g.type();
                        fs.add(new Struct.Field(g.name(), ft, g.embedded(), g.tag(), g.pkg()));
                    }
                }
                return same || fs.size() != s.fields.size() ? t : Struct.of(fs);
            }
            default -> {
                return t;
            }
        }
    }

    Signature shownSignature(FuncTypeExpr f, Signature sig) {
        List<Type> ps = new ArrayList<>(), rs = new ArrayList<>();
        boolean same = true;
        int i = 0;
        for (int k = 0; k < f.params().size(); k++) {
            Field p = f.params().get(k);
            int n = Math.max(1, p.names().size());
            for (int j = 0; j < n && i < sig.params.size(); j++, i++) {
                Type pt = sig.params.get(i);
                Type st = f.variadic() && k == f.params().size() - 1 && pt instanceof Slice sl ? Slice.of(shown(p.type(), sl.elem)) : shown(p.type(), pt);
                same &= st == pt;
                ps.add(st);
            }
        }
        i = 0;
        for (Field r : f.results()) {
            int n = Math.max(1, r.names().size());
            for (int j = 0; j < n && i < sig.results.size(); j++, i++) {
                Type rt = shown(r.type(), sig.results.get(i));
                same &= rt == sig.results.get(i);
                rs.add(rt);
            }
        }
        Signature base = same || ps.size() != sig.params.size() || rs.size() != sig.results.size() ? sig : Signature.of(ps, rs, sig.variadic);
        List<String> pn = names(f.params()), rn = names(f.results());
        boolean fits = (pn.isEmpty() || pn.size() == base.params.size()) && (rn.isEmpty() || rn.size() == base.results.size());
        return fits ? Signature.named(base, pn, rn) : base;
    }

    /** The declared names of a parameter list, one per parameter; empty when unnamed. */
    private static List<String> names(List<Field> fs) {
        List<String> out = new ArrayList<>();
        for (Field f : fs) {
            for (Ident n : f.names()) {
                out.add(n.name());
            }
        }
        return out;
    }

}
