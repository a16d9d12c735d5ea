package gotruffle.stdlib.json;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.stdlib.natives.ByteSlices;
import gotruffle.stdlib.reflect.MethodSets;
import gotruffle.stdlib.reflect.RTypes;
import gotruffle.stdlib.reflect.RValue;
import gotruffle.stdlib.reflect.ReflectState;
import gotruffle.stdlib.reflect.ValueOps;
import gotruffle.stdlib.text.FloatParse;
import gotruffle.stdlib.text.IntParse;
import gotruffle.stdlib.text.Quote;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Pointer;
import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.Iface;

import java.util.ArrayList;
import java.util.List;

/**
 * json.Unmarshal into a value: a recursive descent over input already known to be valid JSON,
 * storing through reflect's values as Go's decodeState does (UnmarshalJSON/UnmarshalText
 * first, pointers allocated on the way, slices and maps reused, struct fields matched exactly
 * then case-insensitively). Type mismatches are remembered (the first one is returned) and
 * decoding goes on; an error from an Unmarshaler stops it. Offsets in errors are Go's.
 */
final class JsonDecoder {
    private final GoContext ctx;
    private final Fiber fiber;
    private final JsonState js;
    private final ReflectState rs;
    private final ValueOps ops;
    private final String data;
    private final boolean useNumber;
    private final boolean disallowUnknownFields;
    private int off;
    private Iface savedError;
    /** Go's errorContext: the struct being decoded and the path of JSON field names to the value. */
    private Type contextStruct;
    private final List<String> fieldStack = new ArrayList<>();

    JsonDecoder(GoContext ctx, Fiber fiber, String data, boolean useNumber, boolean disallowUnknownFields) {
        this.ctx = ctx;
        this.fiber = fiber;
        this.js = JsonState.of(ctx);
        this.rs = ReflectState.of(ctx);
        this.ops = new ValueOps(ctx, fiber);
        this.data = data;
        this.useNumber = useNumber;
        this.disallowUnknownFields = disallowUnknownFields;
    }

    /** Unmarshal(data, v) for valid data: the error (or null). */
    Iface unmarshal(Object any) {
        RValue rv = ops.valueOf(any);
        if (rv == null || rv.kind != RTypes.POINTER || rv.get() == null) {
            return js.invalidUnmarshalError(rs, rv == null ? null : rv.type);
        }
        space();
        Iface err = value(rv);
        if (err != null) {
            return addErrorContext(err);
        }
        return savedError;
    }

    // ---- errors ----

    private void saveError(Iface err) {
        if (savedError == null) {
            savedError = addErrorContext(err);
        }
    }

    private Iface addErrorContext(Iface err) {
        if ((contextStruct != null || !fieldStack.isEmpty()) && js.isUnmarshalTypeError(err)) {
            JsonState.setContext(err, RTypes.name(contextStruct), String.join(".", fieldStack));
        }
        return err;
    }

    private Iface typeError(String what, Type t, long offset) {
        return js.unmarshalTypeError(rs, what, t, offset);
    }

    /** fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, t). */
    private Iface invalidStringTag(String item, Type t) {
        return js.errorString("json: invalid use of ,string struct tag, trying to unmarshal " + Quote.quote(item) + " into " + RTypes.string(t));
    }

    // ---- scanning valid input ----

    private void space() {
        while (off < data.length() && JsonScanner.isSpace(data.charAt(off))) {
            off++;
        }
    }

    private int peek() {
        return data.charAt(off);
    }

    /** The end of the literal (string, number, true, false, null) starting at i. */
    private int literalEnd(int i) {
        int c = data.charAt(i);
        int n = data.length();
        if (c == '"') {
            int j = i + 1;
            while (j < n) {
                char d = data.charAt(j);
                if (d == '\\') {
                    j += 2;
                } else if (d == '"') {
                    return j + 1;
                } else {
                    j++;
                }
            }
            return n;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int j = i + 1;
            while (j < n && "0123456789.eE+-".indexOf(data.charAt(j)) >= 0) {
                j++;
            }
            return j;
        }
        return i + (c == 'f' ? 5 : 4);
    }

    /** Skips the value at off. */
    private void skip() {
        int c = peek();
        if (c != '[' && c != '{') {
            off = literalEnd(off);
            return;
        }
        int depth = 0;
        do {
            c = data.charAt(off);
            switch (c) {
                case '[', '{' -> {
                    depth++;
                    off++;
                }
                case ']', '}' -> {
                    depth--;
                    off++;
                }
                case '"' -> off = literalEnd(off);
                default -> off++;
            }
        } while (depth > 0);
    }

    // ---- values ----

    /** Decodes the value at off into v (null: skip it). A non-null result is an error that stops decoding. */
    private Iface value(RValue v) {
        int c = peek();
        if (c == '[') {
            if (v == null) {
                skip();
                return null;
            }
            return array(v);
        }
        if (c == '{') {
            if (v == null) {
                skip();
                return null;
            }
            return object(v);
        }
        int start = off;
        off = literalEnd(off);
        if (v == null) {
            return null;
        }
        return literalStore(data.substring(start, off), v, false, off);
    }

    /** What indirect found: an Unmarshaler, a TextUnmarshaler, or the value to store into. */
    private record Target(Iface unmarshaler, Iface textUnmarshaler, RValue value) {}

    /**
     * Go's indirect: follows pointers (allocating nil ones) down to a non-pointer, stopping at
     * the first that implements Unmarshaler (or TextUnmarshaler unless decoding null). A
     * non-pointer named addressable value is tried through its address first.
     */
    private Target indirect(RValue v, boolean decodingNull) {
        RValue v0 = v;
        boolean haveAddr = false;
        if (v.kind != RTypes.POINTER && RTypes.isNamed(v.type) && v.addressable()) {
            haveAddr = true;
            v = ops.addr(v);
        }
        while (true) {
            if (v.kind == RTypes.INTERFACE && v.get() != null) {
                RValue e = ops.elem(v);
                if (e.kind == RTypes.POINTER && e.get() != null && (!decodingNull || RTypes.kind(RTypes.elem(e.type)) == RTypes.POINTER)) {
                    haveAddr = false;
                    v = e;
                    continue;
                }
            }
            if (v.kind != RTypes.POINTER) {
                break;
            }
            if (decodingNull && v.addressable() && !v.readOnly()) {
                break;
            }
            Type et = RTypes.elem(v.type);
            if (v.get() != null && RTypes.kind(et) == RTypes.INTERFACE) {
                // a pointer to an interface holding that same pointer: stop (Go's v.Elem().Elem() == v)
                RValue ev = ops.elem(v);
                if (ev.get() instanceof Iface x && x.type == v.type && samePointer(x.value, v.get())) {
                    v = ev;
                    break;
                }
            }
            if (v.get() == null) {
                ops.set(v, ops.newValue(et));
            }
            if (!MethodSets.names(v.type).isEmpty() && !v.readOnly()) {
                Iface i = (Iface) ops.interfaceOf(v);
                if (js.implementsIface(i.type, js.unmarshaler)) {
                    return new Target(i, null, null);
                }
                if (!decodingNull && js.implementsIface(i.type, js.textUnmarshaler)) {
                    return new Target(null, i, null);
                }
            }
            if (haveAddr) {
                v = v0;
                haveAddr = false;
            } else {
                v = ops.elem(v);
            }
        }
        return new Target(null, null, v);
    }

    private static boolean samePointer(Object a, Object b) {
        return a == b || (a instanceof GoPointer && a.equals(b));
    }

    private Iface callUnmarshalJSON(Iface u, int start) {
        return (Iface) JsonState.call(ctx, fiber, u.type, u.value, "UnmarshalJSON", ByteSlices.slice(data.substring(start, off)));
    }

    /** The end of decoding an array or object early: an Unmarshaler's error (or null), no value to fill. */
    private record Done(Iface err) {}

    /**
     * What array and object do first (Go's indirect): an Unmarshaler gets the raw value, a
     * TextUnmarshaler cannot take one (a type error); otherwise the value to fill.
     */
    private Object container(RValue v, String what) {
        int start = off;
        Target t = indirect(v, false);
        if (t.unmarshaler != null) {
            skip();
            return new Done(callUnmarshalJSON(t.unmarshaler, start));
        }
        if (t.textUnmarshaler != null) {
            saveError(typeError(what, v.type, start + 1));
            skip();
            return new Done(null);
        }
        return t.value;
    }

    private Iface array(RValue v0) {
        int start = off;
        Object c = container(v0, "array");
        if (c instanceof Done d) {
            return d.err;
        }
        RValue v = (RValue) c;
        switch (v.kind) {
            case RTypes.INTERFACE -> {
                if (MethodSets.names(v.type).isEmpty()) {
                    Object a = arrayInterface();
                    ops.set(v, RValue.of(Slice.of(Interface.EMPTY), a, 0));
                    return null;
                }
                saveError(typeError("array", v.type, start + 1));
                skip();
                return null;
            }
            case RTypes.ARRAY, RTypes.SLICE -> {
            }
            default -> {
                saveError(typeError("array", v.type, start + 1));
                skip();
                return null;
            }
        }
        boolean slice = v.kind == RTypes.SLICE;
        off++; // '['
        int i = 0;
        while (true) {
            space();
            if (peek() == ']') {
                break;
            }
            if (slice) {
                long cap = ops.cap(v);
                if (i >= cap) {
                    long newcap = cap + cap / 2;
                    if (newcap < 4) {
                        newcap = 4;
                    }
                    RValue grown = ops.makeSlice(v.type, ops.len(v), newcap);
                    ops.copy(grown, v);
                    ops.set(v, grown);
                }
                if (i >= ops.len(v)) {
                    ops.setLen(v, i + 1);
                }
            }
            Iface err = value(i < ops.len(v) ? ops.index(v, i) : null);
            if (err != null) {
                return err;
            }
            i++;
            space();
            if (peek() == ']') {
                break;
            }
            off++; // ','
        }
        off++; // ']'
        long len = ops.len(v);
        if (i < len) {
            if (!slice) {
                RValue z = ops.zero(RTypes.elem(v.type));
                for (; i < len; i++) {
                    ops.set(ops.index(v, i), z);
                }
            } else {
                ops.setLen(v, i);
            }
        }
        if (i == 0 && slice) {
            ops.set(v, ops.makeSlice(v.type, 0, 0));
        }
        return null;
    }

    private Iface object(RValue v0) {
        int start = off;
        Object c = container(v0, "object");
        if (c instanceof Done d) {
            return d.err;
        }
        RValue v = (RValue) c;
        Type type = v.type;
        if (v.kind == RTypes.INTERFACE && MethodSets.names(type).isEmpty()) {
            Object m = objectInterface();
            ops.set(v, RValue.of(MapType.of(Basic.STRING, Interface.EMPTY), m, 0));
            return null;
        }
        JsonFields fields = null;
        MapType mt = null;
        if (v.kind == RTypes.MAP) {
            mt = (MapType) type.underlying();
            int kk = RTypes.kind(mt.key);
            if (kk != RTypes.STRING && !RTypes.isIntKind(kk) && !RTypes.isUintKind(kk) && !js.implementsIface(Pointer.of(mt.key), js.textUnmarshaler)) {
                saveError(typeError("object", type, start + 1));
                skip();
                return null;
            }
            if (v.get() == null) {
                ops.set(v, ops.makeMap(type, 0));
            }
        } else if (v.kind == RTypes.STRUCT) {
            fields = js.fieldsOf(type);
        } else {
            saveError(typeError("object", type, start + 1));
            skip();
            return null;
        }
        RValue mapElem = null;
        Type origStruct = contextStruct;
        int origDepth = fieldStack.size();
        off++; // '{'
        while (true) {
            space();
            if (peek() == '}') {
                break;
            }
            int keyStart = off;
            off = literalEnd(off);
            String item = data.substring(keyStart, off);
            String key = JsonText.unquote(data, keyStart, off);
            RValue subv = null;
            boolean destring = false;
            if (mt != null) {
                if (mapElem == null) {
                    mapElem = ops.elem(ops.newValue(mt.elem));
                } else {
                    ops.set(mapElem, ops.zero(mt.elem));
                }
                subv = mapElem;
            } else {
                JsonFields.Field f = fields.lookup(key);
                if (f != null) {
                    subv = v;
                    destring = f.quoted;
                    for (int i : f.index) {
                        if (subv.kind == RTypes.POINTER) {
                            if (subv.get() == null) {
                                if (!subv.addressable() || subv.readOnly()) {
                                    saveError(js.errorString("json: cannot set embedded pointer to unexported struct: " + RTypes.string(RTypes.elem(subv.type))));
                                    subv = null;
                                    destring = false;
                                    break;
                                }
                                ops.set(subv, ops.newValue(RTypes.elem(subv.type)));
                            }
                            subv = ops.elem(subv);
                        }
                        subv = ops.field(subv, i);
                    }
                    fieldStack.add(f.name);
                    contextStruct = type;
                } else if (disallowUnknownFields) {
                    saveError(js.errorString("json: unknown field " + Quote.quote(key)));
                }
            }
            space();
            off++; // ':'
            space();
            if (destring) {
                Object qv = valueQuoted();
                if (qv == null) {
                    Iface err = literalStore("null", subv, false, off);
                    if (err != null) {
                        return err;
                    }
                } else if (qv instanceof String s) {
                    Iface err = literalStore(s, subv, true, off);
                    if (err != null) {
                        return err;
                    }
                } else {
                    saveError(js.errorString("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + RTypes.string(subv.type)));
                }
            } else {
                Iface err = value(subv);
                if (err != null) {
                    return err;
                }
            }
            if (mt != null) {
                Iface err = storeMapEntry(v, mt, item, key, keyStart, subv);
                if (err != null) {
                    return err;
                }
            }
            space();
            contextStruct = origStruct;
            while (fieldStack.size() > origDepth) {
                fieldStack.remove(fieldStack.size() - 1);
            }
            if (peek() == '}') {
                break;
            }
            off++; // ','
        }
        off++; // '}'
        return null;
    }

    private Iface storeMapEntry(RValue v, MapType mt, String item, String key, int keyStart, RValue elem) {
        Type kt = mt.key;
        RValue kv = null;
        int kk = RTypes.kind(kt);
        if (js.implementsIface(Pointer.of(kt), js.textUnmarshaler)) {
            RValue p = ops.newValue(kt);
            Iface err = literalStore(item, p, true, off);
            if (err != null) {
                return err;
            }
            kv = ops.elem(p);
        } else if (kk == RTypes.STRING) {
            kv = ops.convert(RValue.of(Basic.STRING, key, 0), kt);
        } else if (RTypes.isIntKind(kk)) {
            IntParse.Result n = IntParse.parseInt(key, 10, 64);
            if (!n.ok() || ops.overflowInt(ops.zero(kt), n.value())) {
                saveError(typeError("number " + key, kt, keyStart + 1));
            } else {
                kv = ops.convert(RValue.of(Basic.INT64, n.value(), 0), kt);
            }
        } else {
            IntParse.Result n = IntParse.parseUint(key, 10, 64);
            if (!n.ok() || ops.overflowUint(ops.zero(kt), n.value())) {
                saveError(typeError("number " + key, kt, keyStart + 1));
            } else {
                kv = ops.convert(RValue.of(Basic.UINT64, n.value(), 0), kt);
            }
        }
        if (kv != null) {
            ops.setMapIndex(v, kv, elem);
        }
        return null;
    }

    /** For a ,string field: the value as a string (or null for null); other values are skipped and reported as unquoted. */
    private Object valueQuoted() {
        int c = peek();
        if (c == '[' || c == '{') {
            skip();
            return UNQUOTED;
        }
        Object v = literalInterface();
        if (v == null) {
            return null;
        }
        if (v instanceof Iface i && i.type == Basic.STRING) {
            return i.value;
        }
        return UNQUOTED;
    }

    private static final Object UNQUOTED = new Object();

    /** Go's literalStore: stores the literal item (read up to readIndex) into v; fromQuoted for ,string fields. */
    private Iface literalStore(String item, RValue v, boolean fromQuoted, int readIndex) {
        if (item.isEmpty()) {
            saveError(invalidStringTag(item, v.type));
            return null;
        }
        boolean isNull = item.charAt(0) == 'n';
        Target t = indirect(v, isNull);
        if (t.unmarshaler != null) {
            return (Iface) JsonState.call(ctx, fiber, t.unmarshaler.type, t.unmarshaler.value, "UnmarshalJSON", ByteSlices.slice(item));
        }
        if (t.textUnmarshaler != null) {
            if (item.charAt(0) != '"') {
                if (fromQuoted) {
                    saveError(invalidStringTag(item, v.type));
                    return null;
                }
                String what = switch (item.charAt(0)) {
                    case 'n' -> "null";
                    case 't', 'f' -> "bool";
                    default -> "number";
                };
                saveError(typeError(what, v.type, readIndex));
                return null;
            }
            String s = JsonText.unquote(item, 0, item.length());
            if (s == null) {
                return invalidStringTag(item, v.type);
            }
            return (Iface) JsonState.call(ctx, fiber, t.textUnmarshaler.type, t.textUnmarshaler.value, "UnmarshalText", ByteSlices.slice(s));
        }
        v = t.value;
        int c = item.charAt(0);
        switch (c) {
            case 'n' -> {
                if (fromQuoted && !item.equals("null")) {
                    saveError(invalidStringTag(item, v.type));
                    break;
                }
                switch (v.kind) {
                    case RTypes.INTERFACE, RTypes.POINTER, RTypes.MAP, RTypes.SLICE -> ops.set(v, ops.zero(v.type));
                    default -> {
                    }
                }
            }
            case 't', 'f' -> {
                boolean value = c == 't';
                if (fromQuoted && !item.equals("true") && !item.equals("false")) {
                    saveError(invalidStringTag(item, v.type));
                    break;
                }
                if (v.kind == RTypes.BOOL) {
                    ops.setBool(v, value);
                } else if (v.kind == RTypes.INTERFACE && MethodSets.names(v.type).isEmpty()) {
                    ops.set(v, RValue.of(Basic.BOOL, value, 0));
                } else if (fromQuoted && v.kind != RTypes.INTERFACE) {
                    saveError(invalidStringTag(item, v.type));
                } else {
                    saveError(typeError("bool", v.type, readIndex));
                }
            }
            case '"' -> {
                String s = JsonText.unquote(item, 0, item.length());
                if (s == null) {
                    return invalidStringTag(item, v.type);
                }
                switch (v.kind) {
                    case RTypes.SLICE -> {
                        if (RTypes.kind(RTypes.elem(v.type)) != RTypes.UINT8) {
                            saveError(typeError("string", v.type, readIndex));
                            break;
                        }
                        Object b = JsonText.decodeBase64(s);
                        if (b instanceof Long at) {
                            saveError(js.corruptInputError(at));
                            break;
                        }
                        ops.setBytes(v, ByteSlices.slice((String) b));
                    }
                    case RTypes.STRING -> {
                        if (v.type == js.number && !JsonText.isValidNumber(s)) {
                            return js.errorString("json: invalid number literal, trying to unmarshal " + Quote.quote(item) + " into Number");
                        }
                        ops.setString(v, s);
                    }
                    case RTypes.INTERFACE -> {
                        if (MethodSets.names(v.type).isEmpty()) {
                            ops.set(v, RValue.of(Basic.STRING, s, 0));
                        } else {
                            saveError(typeError("string", v.type, readIndex));
                        }
                    }
                    default -> saveError(typeError("string", v.type, readIndex));
                }
            }
            default -> {
                if (c != '-' && (c < '0' || c > '9')) {
                    return invalidStringTag(item, v.type); // only a ,string value can get here
                }
                return storeNumber(item, v, fromQuoted, readIndex);
            }
        }
        return null;
    }

    private Iface storeNumber(String s, RValue v, boolean fromQuoted, int readIndex) {
        int k = v.kind;
        if (k == RTypes.INTERFACE) {
            Object n = convertNumber(s, readIndex + 1);
            if (n == null) {
                return null;
            }
            if (!MethodSets.names(v.type).isEmpty()) {
                saveError(typeError("number", v.type, readIndex));
                return null;
            }
            ops.set(v, ops.valueOf(n));
        } else if (RTypes.isIntKind(k)) {
            IntParse.Result n = IntParse.parseInt(s, 10, 64);
            if (!n.ok() || ops.overflowInt(v, n.value())) {
                saveError(typeError("number " + s, v.type, readIndex));
                return null;
            }
            ops.setInt(v, n.value());
        } else if (RTypes.isUintKind(k)) {
            IntParse.Result n = IntParse.parseUint(s, 10, 64);
            if (!n.ok() || ops.overflowUint(v, n.value())) {
                saveError(typeError("number " + s, v.type, readIndex));
                return null;
            }
            ops.setUint(v, n.value());
        } else if (k == RTypes.FLOAT32 || k == RTypes.FLOAT64) {
            FloatParse.Result n = FloatParse.parseFloat(s, k == RTypes.FLOAT32 ? 32 : 64);
            if (!n.ok() || ops.overflowFloat(v, n.value())) {
                saveError(typeError("number " + s, v.type, readIndex));
                return null;
            }
            ops.setFloat(v, n.value());
        } else if (k == RTypes.STRING && v.type == js.number) {
            ops.setString(v, s);
        } else {
            if (fromQuoted) {
                return invalidStringTag(s, v.type);
            }
            saveError(typeError("number", v.type, readIndex));
        }
        return null;
    }

    /** A JSON number as interface{}: float64 (or Number with UseNumber); null after saving a range error. */
    private Object convertNumber(String s, long offset) {
        if (useNumber) {
            return new Iface(js.number, s);
        }
        FloatParse.Result f = FloatParse.parseFloat(s, 64);
        if (!f.ok()) {
            saveError(typeError("number " + s, Basic.FLOAT64, offset));
            return null;
        }
        return new Iface(Basic.FLOAT64, f.value());
    }

    // ---- interface{} values ----

    private Object valueInterface() {
        int c = peek();
        if (c == '[') {
            return new Iface(Slice.of(Interface.EMPTY), arrayInterface());
        }
        if (c == '{') {
            return new Iface(MapType.of(Basic.STRING, Interface.EMPTY), objectInterface());
        }
        return literalInterface();
    }

    private GoSlice arrayInterface() {
        List<Object> items = new ArrayList<>();
        off++; // '['
        while (true) {
            space();
            if (peek() == ']') {
                break;
            }
            items.add(valueInterface());
            space();
            if (peek() == ']') {
                break;
            }
            off++; // ','
        }
        off++;
        Object[] a = items.toArray();
        return new GoSlice(a, 0, a.length, a.length);
    }

    private GoMap objectInterface() {
        GoMap m = new GoMap(Basic.STRING, 0);
        off++; // '{'
        while (true) {
            space();
            if (peek() == '}') {
                break;
            }
            int keyStart = off;
            off = literalEnd(off);
            String key = JsonText.unquote(data, keyStart, off);
            space();
            off++; // ':'
            space();
            m.put(key, valueInterface());
            space();
            if (peek() == '}') {
                break;
            }
            off++; // ','
        }
        off++;
        return m;
    }

    /** A literal as interface{}: nil, bool, string, or a number (see convertNumber). */
    private Object literalInterface() {
        int start = off;
        off = literalEnd(off);
        int c = data.charAt(start);
        switch (c) {
            case 'n' -> {
                return null;
            }
            case 't', 'f' -> {
                return new Iface(Basic.BOOL, c == 't');
            }
            case '"' -> {
                return new Iface(Basic.STRING, JsonText.unquote(data, start, off));
            }
            default -> {
                return convertNumber(data.substring(start, off), off + 1);
            }
        }
    }
}
