package gotruffle.stdlib.json;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.stdlib.natives.ByteSlices;
import gotruffle.stdlib.reflect.RTypes;
import gotruffle.stdlib.reflect.RValue;
import gotruffle.stdlib.reflect.ReflectState;
import gotruffle.stdlib.reflect.ValueOps;
import gotruffle.stdlib.text.FloatFormat;
import gotruffle.stdlib.text.IntFormat;
import gotruffle.stdlib.text.Quote;
import gotruffle.types.Array;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Type;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * json.Marshal: writes the JSON of a value by walking it as Go's encoder does, with its choices
 * (MarshalJSON/MarshalText first, also through the address of addressable values; []byte as
 * base64; map keys sorted; floats in ES6 style) and its errors. An error ends the walk (Failure).
 */
final class JsonEncoder {
    /** Ends encoding with a Go error value. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Iface err;

        Failure(Iface err) {
            super(null, null, false, false);
            this.err = err;
        }
    }

    private static final int MARSHALER = 1, ADDR_MARSHALER = 2, TEXT = 4, ADDR_TEXT = 8;
    /** Past this depth of pointers, maps and slices, Go starts looking for cycles. */
    private static final int START_DETECTING_CYCLES_AFTER = 1000;

    private final GoContext ctx;
    private final Fiber fiber;
    private final JsonState js;
    private final ReflectState rs;
    private final ValueOps ops;
    private final boolean escapeHTML;
    final StringBuilder out = new StringBuilder();
    private int ptrLevel;
    private final Set<Object> ptrSeen = new HashSet<>();

    JsonEncoder(GoContext ctx, Fiber fiber, boolean escapeHTML) {
        this.ctx = ctx;
        this.fiber = fiber;
        this.js = JsonState.of(ctx);
        this.rs = ReflectState.of(ctx);
        this.ops = new ValueOps(ctx, fiber);
        this.escapeHTML = escapeHTML;
    }

    /** Marshal's walk: the JSON, or the Failure's error. */
    void marshal(Object any) {
        RValue v = ops.valueOf(any);
        if (v == null) {
            out.append("null");
            return;
        }
        encode(v, true, false);
    }

    private int marshalKinds(Type t) {
        Integer k = js.marshalKinds.get(t);
        if (k == null) {
            int m = 0;
            boolean ptr = t.underlying() instanceof Pointer;
            if (js.implementsIface(t, js.marshaler)) {
                m |= MARSHALER;
            }
            if (!ptr && js.implementsIface(Pointer.of(t), js.marshaler)) {
                m |= ADDR_MARSHALER;
            }
            if (js.implementsIface(t, js.textMarshaler)) {
                m |= TEXT;
            }
            if (!ptr && js.implementsIface(Pointer.of(t), js.textMarshaler)) {
                m |= ADDR_TEXT;
            }
            k = m;
            js.marshalKinds.put(t, k);
        }
        return k;
    }

    private void fail(Iface err) {
        throw new Failure(err);
    }

    private void encode(RValue v, boolean allowAddr, boolean quoted) {
        int m = marshalKinds(v.type);
        if (!marshaled(v, allowAddr, quoted, m, ADDR_MARSHALER, MARSHALER, true)
                && !marshaled(v, allowAddr, quoted, m, ADDR_TEXT, TEXT, false)) {
            encodeKind(v, quoted);
        }
    }

    /**
     * Go's choice of MarshalJSON (json) or MarshalText: through v's address when only *T has the
     * method and v is addressable (else v is encoded without that option), or v's own method; a
     * nil pointer or interface encodes as null. False when neither applies.
     */
    private boolean marshaled(RValue v, boolean allowAddr, boolean quoted, int kinds, int addrBit, int bit, boolean json) {
        Type t = v.type;
        if (allowAddr && (kinds & addrBit) != 0) {
            if (v.addressable()) {
                marshal(t, Pointer.of(t), ops.addrPointer(v), json);
            } else {
                encode(v, false, quoted);
            }
            return true;
        }
        if ((kinds & bit) == 0) {
            return false;
        }
        Object i = v.kind == RTypes.POINTER && v.get() == null ? null : ops.interfaceOf(v);
        if (i instanceof Iface x && js.implementsIface(x.type, json ? js.marshaler : js.textMarshaler)) {
            marshal(t, x.type, x.value, json);
        } else {
            out.append("null");
        }
        return true;
    }

    private void marshal(Type t, Type dyn, Object recv, boolean json) {
        if (json) {
            marshalJSON(t, dyn, recv);
        } else {
            marshalText(t, dyn, recv);
        }
    }

    private void marshalJSON(Type t, Type dyn, Object recv) {
        Object[] r = (Object[]) JsonState.call(ctx, fiber, dyn, recv, "MarshalJSON");
        Object err = r[1];
        if (err == null) {
            JsonScanner scan = new JsonScanner();
            String s = JsonText.compact(ByteSlices.str((GoSlice) r[0]), escapeHTML, scan);
            if (s == null) {
                err = js.syntaxError(scan.errMsg, scan.errOffset);
            } else {
                out.append(s);
            }
        }
        if (err != null) {
            fail(js.marshalerError(rs, t, err, "MarshalJSON"));
        }
    }

    private void marshalText(Type t, Type dyn, Object recv) {
        Object[] r = (Object[]) JsonState.call(ctx, fiber, dyn, recv, "MarshalText");
        if (r[1] != null) {
            fail(js.marshalerError(rs, t, r[1], "MarshalText"));
        }
        JsonText.appendString(out, ByteSlices.str((GoSlice) r[0]), escapeHTML);
    }

    private void encodeKind(RValue v, boolean quoted) {
        int k = v.kind;
        switch (k) {
            case RTypes.BOOL -> {
                if (quoted) {
                    out.append('"');
                }
                out.append((Boolean) v.get() ? "true" : "false");
                if (quoted) {
                    out.append('"');
                }
            }
            case RTypes.INT, RTypes.INT8, RTypes.INT16, RTypes.INT32, RTypes.INT64 -> quoted(IntFormat.formatInt((Long) v.get(), 10), quoted);
            case RTypes.UINT, RTypes.UINT8, RTypes.UINT16, RTypes.UINT32, RTypes.UINT64, RTypes.UINTPTR ->
                quoted(IntFormat.formatUint((Long) v.get(), 10), quoted);
            case RTypes.FLOAT32, RTypes.FLOAT64 -> {
                double f = (Double) v.get();
                int bits = k == RTypes.FLOAT32 ? 32 : 64;
                if (Double.isInfinite(f) || Double.isNaN(f)) {
                    fail(js.unsupportedValueError(rs, v, FloatFormat.formatFloat(f, 'g', -1, bits)));
                }
                if (quoted) {
                    out.append('"');
                }
                JsonText.appendFloat(out, f, bits);
                if (quoted) {
                    out.append('"');
                }
            }
            case RTypes.STRING -> encodeString(v, quoted);
            case RTypes.INTERFACE -> {
                Iface x = (Iface) v.get();
                if (x == null) {
                    out.append("null");
                } else {
                    encode(RValue.of(x.type, x.value, v.ro()), true, quoted);
                }
            }
            case RTypes.STRUCT -> encodeStruct(v);
            case RTypes.MAP -> encodeMap(v);
            case RTypes.SLICE -> encodeSlice(v);
            case RTypes.ARRAY -> encodeArray(v, ((Array) v.type.underlying()).len);
            case RTypes.POINTER -> {
                Object p = v.get();
                if (p == null) {
                    out.append("null");
                    return;
                }
                boolean tracked = enterCycleCheck(p instanceof GoPointer ? p : new Identity(p), v);
                encode(ops.elem(v), true, quoted);
                leaveCycleCheck(tracked, p instanceof GoPointer ? p : new Identity(p));
            }
            default -> fail(js.unsupportedTypeError(rs, v.type));
        }
    }

    private void quoted(String s, boolean quoted) {
        if (quoted) {
            out.append('"').append(s).append('"');
        } else {
            out.append(s);
        }
    }

    private void encodeString(RValue v, boolean quoted) {
        String s = (String) v.get();
        if (v.type == js.number) {
            if (s.isEmpty()) {
                s = "0"; // Number's zero value
            }
            if (!JsonText.isValidNumber(s)) {
                fail(js.errorString("json: invalid number literal " + Quote.quote(s)));
            }
            quoted(s, quoted);
            return;
        }
        if (quoted) {
            StringBuilder inner = new StringBuilder();
            JsonText.appendString(inner, s, escapeHTML);
            JsonText.appendString(out, inner.toString(), false);
        } else {
            JsonText.appendString(out, s, escapeHTML);
        }
    }

    private void encodeStruct(RValue v) {
        JsonFields fields = js.fieldsOf(v.type);
        char next = '{';
        fields:
        for (JsonFields.Field f : fields.list) {
            RValue fv = v;
            for (int i : f.index) {
                if (fv.kind == RTypes.POINTER) {
                    if (fv.get() == null) {
                        continue fields;
                    }
                    fv = ops.elem(fv);
                }
                fv = ops.field(fv, i);
            }
            if (f.omitEmpty && isEmpty(fv)) {
                continue;
            }
            out.append(next);
            next = ',';
            out.append(escapeHTML ? f.keyEscHTML : f.key);
            encode(fv, true, f.quoted);
        }
        out.append(next == '{' ? "{}" : "}");
    }

    private static boolean isEmpty(RValue v) {
        Object x = v.get();
        return switch (v.kind) {
            case RTypes.ARRAY -> ((Array) v.type.underlying()).len == 0;
            case RTypes.MAP -> x == null || ((GoMap) x).size() == 0;
            case RTypes.SLICE -> x == null || ((GoSlice) x).len == 0;
            case RTypes.STRING -> ((String) x).isEmpty();
            case RTypes.BOOL -> !(Boolean) x;
            case RTypes.FLOAT32, RTypes.FLOAT64 -> (Double) x == 0;
            case RTypes.INTERFACE, RTypes.POINTER -> x == null;
            default -> (RTypes.isIntKind(v.kind) || RTypes.isUintKind(v.kind)) && (Long) x == 0;
        };
    }

    private void encodeMap(RValue v) {
        MapType mt = (MapType) v.type.underlying();
        int kk = RTypes.kind(mt.key);
        if (kk != RTypes.STRING && !RTypes.isIntKind(kk) && !RTypes.isUintKind(kk) && !js.implementsIface(mt.key, js.textMarshaler)) {
            fail(js.unsupportedTypeError(rs, v.type));
        }
        GoMap m = (GoMap) v.get();
        if (m == null) {
            out.append("null");
            return;
        }
        boolean tracked = enterCycleCheck(new Identity(m), v);
        List<Object[]> entries = new ArrayList<>(m.size());
        for (Map.Entry<Object, Object> e : m.entries.entrySet()) {
            Object key = m.unwrapKey(e.getKey());
            entries.add(new Object[]{keyString(v, mt.key, key), RValue.of(mt.elem, RValue.copyOf(e.getValue(), mt.elem), v.ro())});
        }
        entries.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonText.appendString(out, (String) entries.get(i)[0], escapeHTML);
            out.append(':');
            encode((RValue) entries.get(i)[1], true, false);
        }
        out.append('}');
        leaveCycleCheck(tracked, new Identity(m));
    }

    /** The JSON object key of a map key: strings as they are, TextMarshalers by MarshalText, integers in decimal. */
    private String keyString(RValue map, Type kt, Object key) {
        int kk = RTypes.kind(kt);
        if (kk == RTypes.STRING) {
            return (String) key;
        }
        Type dyn = kt;
        Object recv = key;
        if (kt.underlying() instanceof Interface) {
            Iface x = (Iface) key;
            dyn = x == null ? null : x.type;
            recv = x == null ? null : x.value;
        }
        if (dyn != null && js.implementsIface(dyn, js.textMarshaler)) {
            if (RTypes.kind(dyn) == RTypes.POINTER && recv == null) {
                return "";
            }
            Object[] r = (Object[]) JsonState.call(ctx, fiber, dyn, recv, "MarshalText");
            if (r[1] != null) {
                Iface err = (Iface) r[1];
                String msg = (String) JsonState.call(ctx, fiber, err.type, err.value, "Error");
                fail(js.errorString("json: encoding error for type " + Quote.quote(RTypes.string(map.type)) + ": " + Quote.quote(msg)));
            }
            return ByteSlices.str((GoSlice) r[0]);
        }
        if (RTypes.isIntKind(kk)) {
            return IntFormat.formatInt((Long) key, 10);
        }
        if (RTypes.isUintKind(kk)) {
            return IntFormat.formatUint((Long) key, 10);
        }
        throw ReflectState.panic("unexpected map key type");
    }

    private void encodeSlice(RValue v) {
        GoSlice s = (GoSlice) v.get();
        if (s == null) {
            out.append("null");
            return;
        }
        Type elem = RTypes.elem(v.type);
        if (RTypes.kind(elem) == RTypes.UINT8) {
            Type p = Pointer.of(elem);
            if (!js.implementsIface(p, js.marshaler) && !js.implementsIface(p, js.textMarshaler)) {
                out.append('"');
                JsonText.appendBase64(out, ByteSlices.str(s));
                out.append('"');
                return;
            }
        }
        Object key = new SliceKey(s.store, s.off, s.len);
        boolean tracked = enterCycleCheck(key, v);
        encodeArray(v, s.len);
        leaveCycleCheck(tracked, key);
    }

    private void encodeArray(RValue v, long n) {
        out.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            encode(ops.index(v, i), true, false);
        }
        out.append(']');
    }

    /** Counts one more level of pointers, maps or slices; past Go's threshold, a pointer seen again on the way down is a cycle. */
    private boolean enterCycleCheck(Object key, RValue v) {
        if (++ptrLevel <= START_DETECTING_CYCLES_AFTER) {
            return false;
        }
        if (!ptrSeen.add(key)) {
            fail(js.unsupportedValueError(rs, v, "encountered a cycle via " + RTypes.string(v.type)));
        }
        return true;
    }

    private void leaveCycleCheck(boolean tracked, Object key) {
        if (tracked) {
            ptrSeen.remove(key);
        }
        ptrLevel--;
    }

    /** Identity of a reference (structs, arrays and maps are compared by object). */
    private record Identity(Object ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.ref == ref;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(ref);
        }
    }

    /** A slice as Go's cycle check sees it: its data pointer and length. */
    private record SliceKey(Object store, int off, int len) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SliceKey k && k.store == store && k.off == off && k.len == len;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(store) * 31 + off;
        }
    }
}
