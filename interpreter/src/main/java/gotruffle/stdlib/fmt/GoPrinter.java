package gotruffle.stdlib.fmt;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.PanicPrinter;
import gotruffle.stdlib.reflect.RValue;
import gotruffle.stdlib.reflect.ReflectState;
import gotruffle.stdlib.text.Fmt;
import gotruffle.stdlib.text.PrintVerbs;
import gotruffle.stdlib.text.Printf;
import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.Lookup;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.GoArray;
import gotruffle.values.GoComplex;
import gotruffle.values.GoMap;
import gotruffle.values.GoPointer;
import gotruffle.values.Memory;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;
import gotruffle.values.Stores;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's fmt printer (print.go's pp): prints operands by their dynamic types — Error()/String()
 * methods first (handleMethods), then basic kinds through the primitive formatter, then
 * composite values recursively (printValue), maps with sorted keys. Values arrive as interface
 * values (Iface) because fmt's parameters are ...any.
 */
public final class GoPrinter {
    private final GoContext ctx;
    private final Fiber fiber;
    final Fmt f;
    /** Errorf: %w formats an error operand like %v. */
    public boolean wrapErrs;
    /** The error operand of Errorf's %w, if exactly one was formatted. */
    public Iface wrappedErr;

    public GoPrinter(GoContext ctx, Fiber fiber) {
        this.ctx = ctx;
        this.fiber = fiber;
        this.f = new Fmt(new StringBuilder());
    }

    public String result() {
        return f.buf.toString();
    }

    // ---- Sprint, Sprintln, Sprintf ----

    public void doPrint(Object[] args) {
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            Iface a = (Iface) args[i];
            boolean isString = a != null && a.type.underlying() == Basic.STRING;
            if (i > 0 && !isString && !prevString) {
                f.buf.append(' ');
            }
            printArg(a, 'v');
            prevString = isString;
        }
    }

    public void doPrintln(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                f.buf.append(' ');
            }
            printArg((Iface) args[i], 'v');
        }
        f.buf.append('\n');
    }

    public void doPrintf(String format, Object[] args) {
        Printf.doPrintf(f, format, new Printf.Args() {
            public int count() {
                return args.length;
            }

            public boolean isInt(int i) {
                Iface a = (Iface) args[i];
                if (a == null || !a.type.isInteger()) {
                    return false;
                }
                return !a.type.isUnsigned() || (Long) a.value >= 0;
            }

            public long intValue(int i) {
                return (Long) ((Iface) args[i]).value;
            }

            public void printArg(int i, int verb, Fmt fm) {
                GoPrinter.this.printArg((Iface) args[i], verb);
            }

            public String typeString(int i) {
                Iface a = (Iface) args[i];
                return a == null ? null : a.type.toString(true);
            }
        });
    }

    // ---- one operand ----

    void printArg(Iface arg, int verb) {
        if (arg == null) {
            switch (verb) {
                case 'T', 'v' -> f.padString("<nil>");
                default -> PrintVerbs.badVerb(f, verb, null, x -> { });
            }
            return;
        }
        if (verb == 'T') {
            f.fmtS(arg.type.toString(true));
            return;
        }
        if (verb == 'w') {
            // Errorf: the first %w with an error operand prints it as %v and is the wrapped error;
            // any other %w is a bad verb and cancels wrapping (Go 1.19 wraps at most one error)
            if (!wrapErrs || wrappedErr != null || method(arg.type, "Error") == null) {
                wrappedErr = null;
                wrapErrs = false;
                badVerb(arg.value, arg.type, verb);
                return;
            }
            wrappedErr = arg;
            verb = 'v';
        }
        if (verb == 'p') {
            fmtPointer(arg.value, arg.type, 'p');
            return;
        }
        if (RValue.isReflectValue(arg.type)) {
            printReflectValue(ReflectState.rvalue(arg.value), verb);
            return;
        }
        Type t = arg.type;
        Type u = t.underlying();
        if (t instanceof Basic) {
            if (printBasic(arg.value, t, verb)) {
                return;
            }
        }
        if (handleMethods(arg.value, t, verb)) {
            return;
        }
        if (f.sharpV && t instanceof Slice sl && sl.elem == Basic.UINT8) {
            // Go's printArg takes a []byte operand apart and names it so; nested ones are []uint8
            printSeq(arg.value, sl.elem, verb, 0, arg.value == null, "[]byte");
            return;
        }
        printValue(arg.value, t, verb, 0);
    }

    /** Basic kinds printed directly; false when the verb does not apply (the caller reports a bad verb). */
    /** A reflect.Value operand prints the value it holds (Go's printArg case reflect.Value). */
    private void printReflectValue(RValue v, int verb) {
        if (v == null) {
            f.fmtS("<invalid reflect.Value>");
            return;
        }
        if (!v.readOnly() && v.toIface() instanceof Iface x && handleMethods(x.value, x.type, verb)) {
            return;
        }
        printValue(v.get(), v.type, verb, 0);
    }

    private boolean printBasic(Object v, Type t, int verb) {
        Type u = t.underlying();
        Basic b = (Basic) u;
        boolean ok;
        if (b.kind == Kind.BOOL) {
            ok = PrintVerbs.fmtBool(f, (Boolean) v, verb);
        } else if (b.kind.isInteger()) {
            ok = PrintVerbs.fmtInteger(f, (Long) v, !b.kind.isUnsigned(), verb);
        } else if (b.kind.isFloat()) {
            ok = PrintVerbs.fmtFloat(f, (Double) v, b.kind == Kind.FLOAT32 ? 32 : 64, verb);
        } else if (b.kind.isComplex()) {
            GoComplex z = (GoComplex) v;
            ok = PrintVerbs.fmtComplex(f, z.re, z.im, b.kind == Kind.COMPLEX64 ? 64 : 128, verb);
        } else if (b.kind == Kind.STRING) {
            ok = PrintVerbs.fmtString(f, (String) v, verb);
        } else if (b.kind == Kind.UNSAFE_POINTER) {
            fmtPointer(v, t, verb);
            return true;
        } else {
            ok = false;
        }
        if (!ok) {
            badVerb(v, t, verb);
        }
        return true;
    }

    private void badVerb(Object v, Type t, int verb) {
        PrintVerbs.badVerb(f, verb, t.toString(true), fm -> printValue(v, t, 'v', 0, false));
    }

    /** Format (fmt.Formatter), then Error() and String() (and GoString() for %#v), as Go's handleMethods. */
    private boolean handleMethods(Object v, Type t, int verb) {
        Interface formatter = ctx.formatterType();
        if (formatter != null && !(t.underlying() instanceof Interface) && ctx.methods.implementsIface(t, formatter)) {
            callFormat(v, t, verb);
            return true;
        }
        if (f.sharpV) {
            RootCallTarget gs = method(t, "GoString");
            if (gs != null) {
                f.fmtS((String) call(gs, v));
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                RootCallTarget m = method(t, "Error");
                if (m == null) {
                    m = method(t, "String");
                }
                if (m == null) {
                    return false;
                }
                String s;
                try {
                    s = (String) call(m, v);
                } catch (GoPanic p) {
                    // Go's catchPanic: a nil pointer receiver prints <nil>; other panics are reported inline
                    if (v == null && t.underlying() instanceof Pointer) {
                        f.padString("<nil>");
                        return true;
                    }
                    String which = method(t, "Error") != null ? "Error" : "String";
                    f.clearFlags();
                    f.buf.append("%!");
                    Utf8.appendRune(f.buf, verb);
                    f.buf.append("(PANIC=").append(which).append(" method: ")
                            .append(PanicPrinter.value(ctx, fiber, p.value)).append(')');
                    return true;
                }
                PrintVerbs.fmtString(f, s, verb);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** A Formatter writes the operand itself: no padding is applied to what it writes. */
    private void callFormat(Object v, Type t, int verb) {
        StringBuilder flags = new StringBuilder();
        if (f.minus) {
            flags.append('-');
        }
        if (f.plus || f.plusV) {
            flags.append('+');
        }
        if (f.sharp || f.sharpV) {
            flags.append('#');
        }
        if (f.space) {
            flags.append(' ');
        }
        if (f.zero) {
            flags.append('0');
        }
        try {
            Object out = ctx.formatCall().call(fiber, null, new Iface(t, v), (long) verb, (long) f.wid, (long) f.prec,
                    f.widPresent, f.precPresent, flags.toString());
            f.buf.append((String) out);
        } catch (GoPanic p) {
            if (v == null && t.underlying() instanceof Pointer) {
                f.padString("<nil>");
                return;
            }
            f.clearFlags();
            f.buf.append("%!");
            Utf8.appendRune(f.buf, verb);
            f.buf.append("(PANIC=Format method: ").append(PanicPrinter.value(ctx, fiber, p.value)).append(')');
        }
    }

    private RootCallTarget method(Type t, String name) {
        Signature s = Lookup.signature(t, name);
        if (s == null || !s.params.isEmpty() || s.results.size() != 1 || s.results.get(0) != Basic.STRING) {
            return null;
        }
        return ctx.methods.lookup(t, name);
    }

    private Object call(RootCallTarget m, Object recv) {
        return m.call(fiber, null, recv);
    }

    void printValue(Object v, Type t, int verb, int depth) {
        printValue(v, t, verb, depth, true);
    }

    /** printValue: v of static type t (interfaces unwrap to their dynamic value). */
    void printValue(Object v, Type t, int verb, int depth, boolean methods) {
        if (depth > 0 && methods && !(t.underlying() instanceof Interface)) {
            if (t instanceof Basic) {
                printBasic(v, t, verb);
                return;
            }
            if (handleMethods(v, t, verb)) {
                return;
            }
        }
        Type u = t.underlying();
        switch (u) {
            case Basic b -> printBasic(v, t, verb);
            case Interface i -> {
                Iface iv = (Iface) v;
                if (iv == null) {
                    if (f.sharpV) {
                        f.buf.append(t.toString(true)).append("(nil)");
                    } else {
                        f.padString("<nil>");
                    }
                    return;
                }
                if (depth > 0 && methods && iv.type instanceof Basic) {
                    printBasic(iv.value, iv.type, verb);
                    return;
                }
                if (depth > 0 && methods && handleMethods(iv.value, iv.type, verb)) {
                    return;
                }
                printValue(iv.value, iv.type, verb, depth + 1, false);
            }
            case Struct s -> {
                GoStruct st = (GoStruct) v;
                if (f.sharpV) {
                    f.buf.append(t.toString(true));
                }
                f.buf.append('{');
                for (int i = 0; i < s.fields.size(); i++) {
                    if (i > 0) {
                        f.buf.append(f.sharpV ? ", " : " ");
                    }
                    Struct.Field fd = s.fields.get(i);
                    if (f.plusV || f.sharpV) {
                        f.buf.append(fd.name()).append(':');
                    }
                    boolean exported = !fd.name().isEmpty() && Character.isUpperCase(fd.name().charAt(0));
                    printValue(st.get(i), fd.type(), verb, depth + 1, exported);
                }
                f.buf.append('}');
            }
            case MapType m -> {
                GoMap gm = (GoMap) v;
                if (f.sharpV) {
                    f.buf.append(t.toString(true));
                    if (gm == null) {
                        f.buf.append("(nil)");
                        return;
                    }
                    f.buf.append('{');
                } else {
                    f.buf.append("map[");
                }
                if (gm != null) {
                    List<Object[]> entries = new ArrayList<>();
                    for (Map.Entry<Object, Object> e : gm.entries.entrySet()) {
                        entries.add(new Object[]{gm.unwrapKey(e.getKey()), e.getValue()});
                    }
                    entries.sort((a, b) -> MapSort.compare(a[0], b[0], m.key));
                    for (int i = 0; i < entries.size(); i++) {
                        if (i > 0) {
                            f.buf.append(f.sharpV ? ", " : " ");
                        }
                        printValue(entries.get(i)[0], m.key, verb, depth + 1, true);
                        f.buf.append(':');
                        printValue(entries.get(i)[1], m.elem, verb, depth + 1, true);
                    }
                }
                f.buf.append(f.sharpV ? '}' : ']');
            }
            case Slice sl -> printSeq(v, sl.elem, verb, depth, v == null, t.toString(true));
            case Array a -> printSeq(v, a.elem, verb, depth, false, t.toString(true));
            case Pointer p -> {
                if (depth == 0 && v != null) {
                    Type eu = p.elem.underlying();
                    if (eu instanceof Struct || eu instanceof Array || eu instanceof Slice || eu instanceof MapType) {
                        f.buf.append('&');
                        Object target = (eu instanceof Struct || eu instanceof Array) ? v : ((GoPointer) v).load();
                        printValue(target, p.elem, verb, depth + 1, true);
                        return;
                    }
                }
                fmtPointer(v, t, verb);
            }
            case ChanType c -> fmtPointer(v, t, verb);
            case Signature s -> fmtPointer(v, t, verb);
            default -> f.buf.append("?");
        }
    }

    /** A slice or array whose type prints as typeName (%#v). */
    private void printSeq(Object v, Type elem, int verb, int depth, boolean isNil, String typeName) {
        Object store;
        int off, len;
        if (v instanceof GoSlice s) {
            store = s.store;
            off = s.off;
            len = s.len;
        } else if (v instanceof GoArray a) {
            store = a.store;
            off = a.off;
            len = a.length();
        } else {
            store = null;
            off = 0;
            len = 0;
        }
        if (elem.underlying() == Basic.UINT8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
            String bs = len == 0 ? "" : Stores.byteString((byte[]) store, off, len);
            PrintVerbs.fmtBytes(f, bs, isNil, verb, typeName);
            return;
        }
        if (f.sharpV) {
            f.buf.append(typeName);
            if (isNil) {
                f.buf.append("(nil)");
                return;
            }
            f.buf.append('{');
            for (int i = 0; i < len; i++) {
                if (i > 0) {
                    f.buf.append(", ");
                }
                printValue(Stores.get(store, off + i), elem, verb, depth + 1, true);
            }
            f.buf.append('}');
            return;
        }
        f.buf.append('[');
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                f.buf.append(' ');
            }
            printValue(Stores.get(store, off + i), elem, verb, depth + 1, true);
        }
        f.buf.append(']');
    }

    private void fmtPointer(Object v, Type t, int verb) {
        // typed, so an element's address is Go's (base + index * size), as uintptr(unsafe.Pointer(p))
        long addr = v == null ? 0 : t.underlying() instanceof Pointer p ? Memory.addressOf(v, p.elem) : Addresses.of(v);
        if (!PrintVerbs.fmtPointer(f, addr, verb, t.toString(true))) {
            badVerb(v, t, verb);
        }
    }
}
