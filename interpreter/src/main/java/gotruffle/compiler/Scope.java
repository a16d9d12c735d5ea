package gotruffle.compiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
        for (Scope s = declaring(); s != null; s = s.parent == null ? null : s.parent.declaring()) {
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
        boolean first = names.isEmpty();
        names.put(e.name, e);
        if (first) {
            FIRST_NAMES.incrementAndGet(); // after the put: a cache stamped after this sees the name
        }
    }

    /**
     * Lookups skip blocks that declare nothing: from 8,000 nested ifs, each reference walked every
     * empty block up to its variable's, quadratic in the depth (issue 12). A block's nearest
     * declaring one is cached until any block declares its first name (names are never removed).
     */
    private static final AtomicLong FIRST_NAMES = new AtomicLong();

    private record Declaring(Scope scope, long stamp) {
    }

    private Declaring declaring;

    /** This scope or the nearest enclosing one with a name, or null. */
    private Scope declaring() {
        if (!names.isEmpty()) {
            return this;
        }
        long stamp = FIRST_NAMES.get();
        Declaring d = declaring;
        if (d != null && d.stamp == stamp) {
            return d.scope;
        }
        Scope s = parent;
        while (s != null && s.names.isEmpty() && (s.declaring == null || s.declaring.stamp != stamp)) {
            s = s.parent;
        }
        Declaring found = new Declaring(s == null ? null : s.names.isEmpty() ? s.declaring.scope : s, stamp);
        for (Scope t = this; t != s; t = t.parent) {
            t.declaring = found;
        }
        return found.scope;
    }
}
