package gotruffle.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Display types: the type as written, with {@link Basic#BYTE}/{@link Basic#RUNE}/{@link Interface#ANY}
 * where the source said byte/rune/any (types2 keeps alias names in messages: "as byte value", "want (string, rune)").
 * They are built only for messages; {@link #canon} gives the type the checker works with (the
 * alias-free object, identical by {@code ==} to every other spelling of the same type).
 */
public final class Shown {
    private Shown() {}

    public static Type canon(Type t) {
        switch (t) {
            case Basic b -> {
                return b.alias == null ? b : Basic.of(b.kind);
            }
            case Interface i when i == Interface.ANY -> {
                return Interface.EMPTY;
            }
            case Pointer p -> {
                Type e = canon(p.elem);
                return e == p.elem ? p : Pointer.of(e);
            }
            case Slice s -> {
                Type e = canon(s.elem);
                return e == s.elem ? s : Slice.of(e);
            }
            case Array a -> {
                Type e = canon(a.elem);
                return e == a.elem ? a : Array.of(a.len, e);
            }
            case MapType m -> {
                Type k = canon(m.key), e = canon(m.elem);
                return k == m.key && e == m.elem ? m : MapType.of(k, e);
            }
            case ChanType c -> {
                Type e = canon(c.elem);
                return e == c.elem ? c : ChanType.of(c.dir, e);
            }
            case Signature s -> {
                List<Type> ps = canon(s.params), rs = canon(s.results);
                boolean named = s.paramNames != null || s.resultNames != null;
                return ps == s.params && rs == s.results && !named ? s : Signature.of(ps, rs, s.variadic);
            }
            case Tuple tu -> {
                List<Type> ts = canon(tu.types);
                return ts == tu.types ? tu : new Tuple(ts);
            }
            case Struct st -> {
                boolean same = true;
                List<Struct.Field> fs = new ArrayList<>();
                for (Struct.Field f : st.fields) {
                    Type ft = canon(f.type());
                    same &= ft == f.type();
                    fs.add(new Struct.Field(f.name(), ft, f.embedded(), f.tag(), f.pkg()));
                }
                return same ? st : Struct.of(fs);
            }
            default -> {
                return t;
            }
        }
    }

    private static List<Type> canon(List<Type> ts) {
        List<Type> out = null;
        for (int i = 0; i < ts.size(); i++) {
            Type c = canon(ts.get(i));
            if (c != ts.get(i) && out == null) {
                out = new ArrayList<>(ts.subList(0, i));
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? ts : out;
    }
}
