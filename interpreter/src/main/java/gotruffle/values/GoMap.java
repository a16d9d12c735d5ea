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
    /** Pointers to zero-size values all have one address (runtime.zerobase): one key. */
    private final boolean zeroSizeKeys;
    private final boolean ifaceKeys;

    public GoMap(Type keyType, int hint) {
        this.keyType = keyType;
        this.entries = new HashMap<>(Math.max(4, hint * 4 / 3 + 1));
        this.identityKeys = keyType.underlying() instanceof Pointer p && p.elem.isAggregate();
        this.zeroSizeKeys = identityKeys && Values.zeroSizeTarget((Pointer) keyType.underlying());
        this.ifaceKeys = keyType.isInterface();
    }

    public Object wrapKey(Object k) {
        if (ifaceKeys && k != null) {
            Values.goHash(k, keyType); // Go hashes (and so rejects unhashable keys) even for lookups in empty maps
        }
        if (identityKeys) {
            return zeroSizeKeys && k != null ? new ZeroSizeKey(k) : new IdentityKey(k);
        } else if (k instanceof Double d) {
            if (d == 0.0) {
                return 0.0; // +0 and -0 are the same key
            }
            if (d.isNaN()) {
                return new NaNKey(d); // NaN != NaN: every insertion is a new entry, no lookup finds one
            }
        } else if (k instanceof GoComplex z && (Double.isNaN(z.re) || Double.isNaN(z.im))) {
            return new NaNKey(z); // (HashMap would find the very same object by reference)
        }
        return k;
    }

    public Object unwrapKey(Object k) {
        if (k instanceof NaNKey n) {
            return n.value;
        }
        if (k instanceof ZeroSizeKey z) {
            return z.ref;
        }
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

    /** A NaN key: equal only to itself (Object identity). */
    static final class NaNKey {
        final Object value;

        NaNKey(Object value) {
            this.value = value;
        }
    }

    record ZeroSizeKey(Object ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ZeroSizeKey;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** A pointer to a struct or array (Values.goEquals/goHash: an array pointer is its elements' place). */
    record IdentityKey(Object ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && GoArray.samePlace(k.ref, ref);
        }

        @Override
        public int hashCode() {
            return GoArray.placeHash(ref);
        }
    }
}
