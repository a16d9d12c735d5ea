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

    /** In a file block: the names that came from a dot import, with that import (null when none). */
    public Map<String, Entity.Pkg> dotImported;

    public Map<String, Entity.Pkg> dotImported() {
        if (dotImported == null) {
            dotImported = new LinkedHashMap<>();
        }
        return dotImported;
    }

    public Entity lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Entity e = s.names.get(name);
            if (e != null) {
                if (s.dotImported != null && s.dotImported.get(name) instanceof Entity.Pkg dot) {
                    dot.used = true; // a name found through a dot import uses that import
                }
                return e;
            }
        }
        return null;
    }

    public void declare(Entity e) {
        names.put(e.name, e);
    }
}
