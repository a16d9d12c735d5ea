package gotruffle.compiler;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical block: universe → package → file (imports) → function → nested blocks. */
public final class Scope {
    public final Scope parent;
    public final Map<String, Entity> names = new LinkedHashMap<>();
    /** Set on function scopes so lookups know when they cross into an enclosing function (closures). */
    public final FuncContext func;

    public Scope(Scope parent, FuncContext func) {
        this.parent = parent;
        this.func = func;
    }

    public Entity lookupLocal(String name) {
        return names.get(name);
    }

    public Entity lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Entity e = s.names.get(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    public void declare(Entity e) {
        names.put(e.name, e);
    }
}
