package gotruffle.stdlib.json;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.stdlib.reflect.RValue;
import gotruffle.stdlib.reflect.ReflectState;
import gotruffle.types.Interface;
import gotruffle.types.Lookup;
import gotruffle.types.Pointer;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Values;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * encoding/json of one program run: its error types, Number, the Marshaler/Unmarshaler and
 * encoding.Text(Un)Marshaler interfaces (given by the prelude's init), and the per-type
 * information encoding and decoding compute once (struct fields, which marshaling methods a
 * type has).
 */
public final class JsonState {
    Pointer syntaxError, unmarshalTypeError, invalidUnmarshalError, unsupportedTypeError, unsupportedValueError, marshalerError;
    Type number;
    Interface marshaler, unmarshaler, textMarshaler, textUnmarshaler;
    private Pointer errorString;
    Type corruptInputError;
    final Map<Type, JsonFields> fields = new ConcurrentHashMap<>();
    final Map<Type, Integer> marshalKinds = new ConcurrentHashMap<>();

    public static JsonState of(GoContext ctx) {
        return ctx.packageState(JsonState.class, JsonState::new);
    }

    /** setup(&SyntaxError{}, &UnmarshalTypeError{}, ..., errors.New(""), CorruptInputError(0)) in the prelude's init. */
    public void setup(Object[] a) {
        syntaxError = ptr(a[0]);
        unmarshalTypeError = ptr(a[1]);
        invalidUnmarshalError = ptr(a[2]);
        unsupportedTypeError = ptr(a[3]);
        unsupportedValueError = ptr(a[4]);
        marshalerError = ptr(a[5]);
        number = ((Iface) a[6]).type;
        marshaler = iface(a[7]);
        unmarshaler = iface(a[8]);
        textMarshaler = iface(a[9]);
        textUnmarshaler = iface(a[10]);
        errorString = ptr(a[11]);
        corruptInputError = ((Iface) a[12]).type;
    }

    private static Pointer ptr(Object i) {
        return (Pointer) ((Iface) i).type;
    }

    private static Interface iface(Object i) {
        return (Interface) ((Pointer) ((Iface) i).type).elem.underlying();
    }

    JsonFields fieldsOf(Type t) {
        JsonFields f = fields.get(t);
        if (f == null) {
            f = JsonFields.of(t);
            fields.put(t, f);
        }
        return f;
    }

    boolean implementsIface(Type t, Interface i) {
        return Lookup.implementsIface(t, i);
    }

    // ---- error values ----

    private static Iface make(Pointer p, Object... namesAndValues) {
        Struct s = (Struct) p.elem.underlying();
        Object[] f = new Object[s.fields.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = Values.zero(s.fields.get(i).type());
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            f[s.fieldIndex((String) namesAndValues[i])] = namesAndValues[i + 1];
        }
        return new Iface(p, GoStruct.of(s, f));
    }

    Iface syntaxError(String msg, long offset) {
        return make(syntaxError, "msg", msg, "Offset", offset);
    }

    Iface unmarshalTypeError(ReflectState rs, String value, Type t, long offset) {
        return make(unmarshalTypeError, "Value", value, "Type", rs.typeValue(t), "Offset", offset);
    }

    /** Sets Struct and Field of an *UnmarshalTypeError (Go's addErrorContext). */
    static void setContext(Iface err, String struct, String field) {
        GoStruct s = (GoStruct) err.value;
        s.set(s.type.fieldIndex("Struct"), struct);
        s.set(s.type.fieldIndex("Field"), field);
    }

    boolean isUnmarshalTypeError(Object err) {
        return err instanceof Iface i && i.type == unmarshalTypeError;
    }

    Iface invalidUnmarshalError(ReflectState rs, Type t) {
        return make(invalidUnmarshalError, "Type", rs.typeValue(t));
    }

    Iface unsupportedTypeError(ReflectState rs, Type t) {
        return make(unsupportedTypeError, "Type", rs.typeValue(t));
    }

    Iface unsupportedValueError(ReflectState rs, RValue v, String str) {
        return make(unsupportedValueError, "Value", rs.value(v), "Str", str);
    }

    Iface marshalerError(ReflectState rs, Type t, Object err, String sourceFunc) {
        return make(marshalerError, "Type", rs.typeValue(t), "Err", err, "sourceFunc", sourceFunc);
    }

    /** errors.New(msg) (what fmt.Errorf without %w returns too). */
    Iface errorString(String msg) {
        return make(errorString, "s", msg);
    }

    Iface corruptInputError(long at) {
        return new Iface(corruptInputError, at);
    }

    /** Calls method name of the dynamic value (t, recv) with args; the results as an Object[] (or the single result). */
    static Object call(GoContext ctx, Fiber fiber, Type t, Object recv, String name, Object... args) {
        RootCallTarget m = ctx.methods.lookup(t, name);
        Object[] a = new Object[3 + args.length];
        a[0] = fiber;
        a[2] = recv;
        System.arraycopy(args, 0, a, 3, args.length);
        return m.call(a);
    }
}
