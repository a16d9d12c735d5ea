package gotruffle.values;

import gotruffle.types.Array;
import gotruffle.types.Pointer;
import gotruffle.types.Struct;
import gotruffle.types.Type;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;

/**
 * A Go map. Keys use Go's ==: structs/arrays compare by value (they are copied on insertion),
 * interfaces by dynamic type and value, and pointers to structs/arrays — which are the
 * GoStruct/GoArray objects themselves — are wrapped so that they compare by identity.
 *
 * <p>Like Go's hmap, a map notes while it is being written (map.go's hashWriting), so that a
 * goroutine on another M that reads, writes or iterates it meanwhile gets {@link ConcurrentMapAccess}
 * (the nodes make it Go's fatal error) instead of corrupting the HashMap. Best effort, as in Go.
 */
public final class GoMap {
    private static final VarHandle WRITING;

    static {
        try {
            WRITING = MethodHandles.lookup().findVarHandle(GoMap.class, "writing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What {@link #lookup} returns for a key without an entry (values themselves may be null). */
    public static final Object ABSENT = new Object();
    private static final String READ_WHILE_WRITING = "concurrent map read and map write";

    public final Type keyType;
    public final HashMap<Object, Object> entries;
    private final boolean identityKeys;
    /** Pointers to zero-size values all have one address (runtime.zerobase): one key. */
    private final boolean zeroSizeKeys;
    private final boolean ifaceKeys;
    /**
     * Go's needkeyupdate: keys that are == but not identical (+0 and -0, in floats, complexes, structs, arrays
     * and interfaces) replace the stored key on assignment, so the map shows the sign last assigned.
     */
    private final boolean keyUpdate;
    /** Go's hashWriting flag; opaque accesses so that the JIT keeps every store and load. */
    @SuppressWarnings("unused") private boolean writing;

    public GoMap(Type keyType, int hint) {
        this.keyType = keyType;
        this.entries = new HashMap<>(Math.max(4, hint * 4 / 3 + 1));
        this.identityKeys = keyType.underlying() instanceof Pointer p && p.elem.isAggregate();
        this.zeroSizeKeys = identityKeys && Values.zeroSizeTarget((Pointer) keyType.underlying());
        this.ifaceKeys = keyType.isInterface();
        this.keyUpdate = needKeyUpdate(keyType);
    }

    private static boolean needKeyUpdate(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct s) {
            for (Struct.Field f : s.fields) {
                if (needKeyUpdate(f.type())) {
                    return true;
                }
            }
            return false;
        }
        return u instanceof Array a ? needKeyUpdate(a.elem) : t.isFloat() || t.isComplex() || t.isInterface();
    }

    public Object wrapKey(Object k) {
        if (ifaceKeys && k != null) {
            Values.goHash(k, keyType); // Go hashes (and so rejects unhashable keys) even for lookups in empty maps
        }
        if (identityKeys) {
            return zeroSizeKeys && k != null ? new SingleKey(k) : new IdentityKey(k);
        } else if (k instanceof Double d) {
            if (d == 0.0) {
                return new SingleKey(d); // +0 and -0 are the same key; the one stored is the one last assigned
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
        if (k instanceof SingleKey z) {
            return z.value;
        }
        return k instanceof IdentityKey i ? i.ref : k;
    }

    public Object get(Object k) {
        Object v = lookup(k);
        return v == ABSENT ? null : v;
    }

    /** The value at k, or {@link #ABSENT} when there is no entry (one hash lookup for m[k] and v, ok). */
    public Object lookup(Object k) {
        Object key = wrapKey(k);
        checkNotWriting(READ_WHILE_WRITING);
        return entries.getOrDefault(key, ABSENT);
    }

    public void put(Object k, Object v) {
        Object key = wrapKey(k); // hashing may panic: only then is the write begun, as in mapassign
        beginWrite();
        try {
            if (keyUpdate && mayHoldZero(key) && entries.containsKey(key)) {
                entries.remove(key); // HashMap keeps the first key of an entry: replace it (mapassign's key update)
            }
            entries.put(key, v);
        } finally {
            endWrite(); // also after an OutOfMemoryError, which a REPL session survives
        }
    }

    /** Whether an equal key may differ from this one in the sign of a zero (other float keys are equal only when identical). */
    private static boolean mayHoldZero(Object key) {
        Object v = key instanceof Iface i ? i.value : key; // an interface key of a type like float32 or a named float
        return v instanceof SingleKey || v instanceof Double d && d == 0 || v instanceof GoComplex z && (z.re == 0 || z.im == 0)
                || v instanceof GoStruct || v instanceof GoArray;
    }

    public boolean containsKey(Object k) {
        return lookup(k) != ABSENT;
    }

    public void remove(Object k) {
        Object key = wrapKey(k);
        beginWrite();
        try {
            entries.remove(key);
        } finally {
            endWrite(); // also after an OutOfMemoryError, which a REPL session survives
        }
    }

    /** mapiternext's check. */
    public void checkIterating() {
        checkNotWriting("concurrent map iteration and map write");
    }

    private void checkNotWriting(String message) {
        if ((boolean) WRITING.getOpaque(this)) {
            throw new ConcurrentMapAccess(message);
        }
    }

    private void beginWrite() {
        checkNotWriting(ConcurrentMapAccess.WRITES);
        WRITING.setOpaque(this, true);
    }

    /** Another writer that ended its write meanwhile cleared the flag: Go's second check. */
    private void endWrite() {
        if (!(boolean) WRITING.getOpaque(this)) {
            throw new ConcurrentMapAccess(ConcurrentMapAccess.WRITES);
        }
        WRITING.setOpaque(this, false);
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

    /**
     * A key equal to every other one of its kind in the map: a float zero (+0 and -0 are one key; value is
     * the one stored) or a pointer to a zero-size value (one address, runtime.zerobase). A map never holds
     * both kinds: pointer keys are never floats, and interface keys never wrap pointers this way.
     */
    record SingleKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SingleKey;
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
