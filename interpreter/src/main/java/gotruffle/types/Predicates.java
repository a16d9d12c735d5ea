package gotruffle.types;

import java.util.List;

/**
 * Go's predicates on types (spec: "Type identity", "Assignability", "Comparison operators",
 * "Conversions"), as functions of types alone, like types2's predicates.go. Values (untyped
 * constants, nil) are the checker's business: these answer for typed types.
 */
public final class Predicates {
    private Predicates() {}

    /** Type identity: unnamed types are interned and named ones are distinct by declaration (see {@link Type}). */
    public static boolean identical(Type a, Type b) {
        return a == b;
    }

    /** Whether t has a name: a declared type or a predeclared one (bool, int, ...). */
    public static boolean hasName(Type t) {
        return t instanceof Named || t instanceof Basic;
    }

    /** Whether a value of type v may be assigned to a variable of type t. */
    public static boolean assignableTo(Type v, Type t) {
        if (v == t) {
            return true;
        }
        Type vu = v.underlying(), tu = t.underlying();
        if (tu instanceof Interface ti) {
            return Lookup.implementsIface(v, ti);
        }
        if (hasName(v) && hasName(t)) {
            return false;
        }
        if (vu == tu) {
            return true;
        }
        return vu instanceof ChanType vc && tu instanceof ChanType tc && vc.dir == ChanType.BOTH && vc.elem == tc.elem;
    }

    /** Whether == and != are defined on t (interfaces are, and may panic at run time). */
    public static boolean comparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Slice || u instanceof MapType || u instanceof Signature) {
            return false;
        } else if (u instanceof Struct s) {
            for (Struct.Field f : s.fields) {
                if (!comparable(f.type())) {
                    return false;
                }
            }
        } else if (u instanceof Array a) {
            return comparable(a.elem);
        }
        return true;
    }

    /** Whether nil is a value of t (pointer, slice, map, chan, func, interface, unsafe.Pointer). */
    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof Slice || u instanceof MapType || u instanceof ChanType || u instanceof Signature
                || u instanceof Interface || u == Basic.UNSAFE_POINTER;
    }

    /**
     * Go 1.19's strict comparability (what satisfies the {@code comparable} constraint): interfaces
     * only when their type set is comparable, as a type argument may not panic on ==.
     */
    public static boolean strictlyComparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return b.kind != Kind.UNTYPED_NIL && b.kind != Kind.INVALID;
        }
        if (u instanceof Pointer || u instanceof ChanType) {
            return true;
        }
        if (u instanceof Interface i) {
            if (i.comparable) {
                return true;
            }
            for (List<Interface.Term> union : i.unions) {
                boolean all = true;
                for (Interface.Term term : union) {
                    all &= strictlyComparable(term.type());
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
        if (u instanceof Struct s) {
            for (Struct.Field f : s.fields) {
                if (!strictlyComparable(f.type())) {
                    return false;
                }
            }
            return true;
        }
        return u instanceof Array a && strictlyComparable(a.elem);
    }

    /** Whether a value of (typed) type v may be converted to type t. */
    public static boolean convertible(Type v, Type t) {
        if (assignableTo(v, t)) {
            return true;
        }
        Type vu = v.underlying(), tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (!hasName(v) && !hasName(t) && vu instanceof Pointer vp && tu instanceof Pointer tp
                && identicalIgnoreTags(vp.elem.underlying(), tp.elem.underlying())) {
            return true;
        }
        if (v.isNumeric() && t.isNumeric() && v.isComplex() == t.isComplex()) {
            return true;
        }
        if (t.isString()) {
            return v.isInteger() || vu instanceof Slice s && bytesOrRunes(s) != 0;
        }
        if (v.isString()) {
            return tu instanceof Slice s && bytesOrRunes(s) != 0;
        }
        // slice to array pointer
        return vu instanceof Slice s && tu instanceof Pointer p && p.elem.underlying() instanceof Array a && a.elem == s.elem;
    }

    /** 1 for []byte (of the predeclared byte), 2 for []rune, else 0: the slices a string converts to and from. */
    public static int bytesOrRunes(Slice s) {
        if (s.elem == Basic.UINT8) {
            return 1;
        }
        return s.elem == Basic.INT32 ? 2 : 0;
    }

    /** Type identity ignoring struct tags (the conversion rule for structs). */
    public static boolean identicalIgnoreTags(Type a, Type b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Struct x && b instanceof Struct y) {
            if (x.fields.size() != y.fields.size()) {
                return false;
            }
            for (int i = 0; i < x.fields.size(); i++) {
                Struct.Field f = x.fields.get(i), g = y.fields.get(i);
                if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identicalIgnoreTags(f.type(), g.type())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Pointer x && b instanceof Pointer y) {
            return identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Slice x && b instanceof Slice y) {
            return identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Array x && b instanceof Array y) {
            return x.len == y.len && identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof MapType x && b instanceof MapType y) {
            return identicalIgnoreTags(x.key, y.key) && identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof ChanType x && b instanceof ChanType y) {
            return x.dir == y.dir && identicalIgnoreTags(x.elem, y.elem);
        }
        if (a instanceof Signature x && b instanceof Signature y) {
            return x.variadic == y.variadic && allIdenticalIgnoreTags(x.params, y.params) && allIdenticalIgnoreTags(x.results, y.results);
        }
        return false;
    }

    private static boolean allIdenticalIgnoreTags(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identicalIgnoreTags(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
