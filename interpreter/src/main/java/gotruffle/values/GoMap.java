package gotruffle.values;

import gotruffle.types.Pointer;
import gotruffle.types.Type;

import java.util.HashMap;

/**
 * A Go map. Keys use Go's ==: structs/arrays compare by value (they are copied on insertion),
 * interfaces by dynamic type and value, and pointers to structs/arrays — which are the
 * GoStruct/GoArray objects themselves — are wrapped so that they compare by identity.
 */
public final class GoMap {
    public final Type keyType;
    public final HashMap<Object, Object> entries;
    private final boolean identityKeys;
    private final boolean ifaceKeys;

    public GoMap(Type keyType, int hint) {
        this.keyType = keyType;
        this.entries = new HashMap<>(Math.max(4, hint * 4 / 3 + 1));
        this.identityKeys = keyType.underlying() instanceof Pointer p && p.elem.isAggregate();
        this.ifaceKeys = keyType.isInterface();
    }

    public Object wrapKey(Object k) {
        if (ifaceKeys && k != null) {
            Values.goHash(k, keyType); // Go hashes (and so rejects unhashable keys) even for lookups in empty maps
        }
        if (identityKeys) {
            return new IdentityKey(k);
        } else if (k instanceof Double d && d == 0.0) {
            return 0.0; // +0 and -0 are the same key
        }
        return k;
    }

    public Object unwrapKey(Object k) {
        return k instanceof IdentityKey i ? i.ref : k;
    }

    public Object get(Object k) {
        return entries.get(wrapKey(k));
    }

    public void put(Object k, Object v) {
        entries.put(wrapKey(k), v);
    }

    public boolean containsKey(Object k) {
        return entries.containsKey(wrapKey(k));
    }

    public void remove(Object k) {
        entries.remove(wrapKey(k));
    }

    public int size() {
        return entries.size();
    }

    record IdentityKey(Object ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.ref == ref;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(ref);
        }
    }
}
