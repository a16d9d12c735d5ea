package gotruffle.stdlib.reflect;

import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * The method sets reflect enumerates (Type.NumMethod/Method(i)): for an interface type all its
 * methods, for other types the exported methods of the method set (T: value receivers, *T: all,
 * promoted ones included), sorted by name as Go sorts them.
 */
public final class MethodSets {
    /** Weak keys: a program's types (and the code their methods reach) go when the program does. */
    private static final Map<Type, List<String>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private MethodSets() {}

    public static List<String> names(Type t) {
        List<String> r = CACHE.get(t);
        if (r == null) {
            r = compute(t);
            CACHE.put(t, r);
        }
        return r;
    }

    private static List<String> compute(Type t) {
        if (t.underlying() instanceof Interface i) {
            List<String> out = new ArrayList<>();
            for (Interface.Method m : i.methods) {
                out.add(m.name());
            }
            return List.copyOf(out);
        }
        Set<String> candidates = new TreeSet<>();
        collect(t instanceof Pointer p ? p.elem : t, candidates, 0);
        List<String> out = new ArrayList<>();
        for (String n : candidates) {
            if (RTypes.isExported(n) && Lookup.find(t, n) != null) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    private static void collect(Type t, Set<String> into, int depth) {
        if (depth > 8) {
            return;
        }
        if (t instanceof Named n) {
            for (Named.Method m : n.methods) {
                into.add(m.name);
            }
        }
        Type u = t.underlying();
        if (u instanceof Interface i && depth > 0) {
            for (Interface.Method m : i.methods) {
                into.add(m.name());
            }
        }
        if (u instanceof Struct s) {
            for (Struct.Field f : s.fields) {
                if (f.embedded()) {
                    Type ft = f.type();
                    collect(ft instanceof Pointer p ? p.elem : ft, into, depth + 1);
                }
            }
        }
    }
}
