package gotruffle.stdlib.reflect;

import gotruffle.stdlib.text.Utf8;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.ChanType;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;
import gotruffle.values.SizeClasses;

/** What reflect.Type says about an interpreter type: kinds, names, package paths, layout. */
public final class RTypes {
    private RTypes() {}

    // reflect.Kind values
    public static final int INVALID = 0, BOOL = 1, INT = 2, INT8 = 3, INT16 = 4, INT32 = 5, INT64 = 6, UINT = 7, UINT8 = 8,
            UINT16 = 9, UINT32 = 10, UINT64 = 11, UINTPTR = 12, FLOAT32 = 13, FLOAT64 = 14, COMPLEX64 = 15, COMPLEX128 = 16,
            ARRAY = 17, CHAN = 18, FUNC = 19, INTERFACE = 20, MAP = 21, POINTER = 22, SLICE = 23, STRING = 24, STRUCT = 25,
            UNSAFE_POINTER = 26;

    private static final String[] KIND_NAMES = {"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
        "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
        "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};

    public static String kindName(int k) {
        return k >= 0 && k < KIND_NAMES.length ? KIND_NAMES[k] : "kind" + k;
    }

    public static int kind(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL -> BOOL;
                case INT -> INT;
                case INT8 -> INT8;
                case INT16 -> INT16;
                case INT32 -> INT32;
                case INT64 -> INT64;
                case UINT -> UINT;
                case UINT8 -> UINT8;
                case UINT16 -> UINT16;
                case UINT32 -> UINT32;
                case UINT64 -> UINT64;
                case UINTPTR -> UINTPTR;
                case FLOAT32 -> FLOAT32;
                case FLOAT64 -> FLOAT64;
                case COMPLEX64 -> COMPLEX64;
                case COMPLEX128 -> COMPLEX128;
                case STRING -> STRING;
                case UNSAFE_POINTER -> UNSAFE_POINTER;
                default -> INVALID;
            };
        }
        return switch (u) {
            case Array a -> ARRAY;
            case ChanType c -> CHAN;
            case Signature s -> FUNC;
            case Interface i -> INTERFACE;
            case MapType m -> MAP;
            case Pointer p -> POINTER;
            case Slice s -> SLICE;
            case Struct s -> STRUCT;
            default -> INVALID;
        };
    }

    public static boolean isIntKind(int k) {
        return k >= INT && k <= INT64;
    }

    public static boolean isUintKind(int k) {
        return k >= UINT && k <= UINTPTR;
    }

    /** Types that have a name in Go's sense: defined types and the predeclared ones. */
    public static boolean isNamed(Type t) {
        return t instanceof Named || t instanceof Basic;
    }

    /** %T's and Type.String's spelling. */
    public static String string(Type t) {
        return t.toString(true);
    }

    /** Type.Name: the defined or predeclared type's name (with type arguments), "" for other types. */
    public static String name(Type t) {
        if (t instanceof Basic b) {
            return b.kind == Kind.UNSAFE_POINTER ? "Pointer" : b.kind.goName;
        }
        if (t instanceof Named n) {
            String s = n.toString(true);
            // the part after the package qualifier, which may itself contain dots inside [...]
            int depth = 0;
            for (int i = s.length() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if (c == ']') {
                    depth++;
                } else if (c == '[') {
                    depth--;
                } else if (c == '.' && depth == 0) {
                    return s.substring(i + 1);
                }
            }
            return s;
        }
        return "";
    }

    /** Type.PkgPath: the import path of a defined type's package ("" for predeclared and unnamed types). */
    public static String pkgPath(Type t) {
        if (t instanceof Named n) {
            return n.pkg == null ? "" : n.pkgPath;
        }
        if (t instanceof Basic b && b.kind == Kind.UNSAFE_POINTER) {
            return "unsafe";
        }
        return "";
    }

    /** The package path unexported fields and methods of t belong to (t's package; "main" for unnamed types). */
    static String ownerPkgPath(Type t) {
        Type b = t instanceof Pointer p ? p.elem : t;
        String p = pkgPath(b);
        return p.isEmpty() ? "main" : p;
    }

    public static boolean isExported(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c = name.charAt(0);
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z';
        }
        int cp = Utf8.toJava(name).codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    public static long size(Type t) {
        return SizeClasses.sizeof(t);
    }

    public static long align(Type t) {
        return SizeClasses.alignof(t);
    }

    /** Type.Elem, or null when t has no element type. */
    public static Type elem(Type t) {
        return switch (t.underlying()) {
            case Array a -> a.elem;
            case ChanType c -> c.elem;
            case MapType m -> m.elem;
            case Pointer p -> p.elem;
            case Slice s -> s.elem;
            default -> null;
        };
    }

    /** The reflect.ChanDir of a channel type. */
    public static int chanDir(ChanType c) {
        return switch (c.dir) {
            case ChanType.SEND -> 2;
            case ChanType.RECV -> 1;
            default -> 3;
        };
    }

    public static int chanDirOf(long dir) {
        return dir == 1 ? ChanType.RECV : dir == 2 ? ChanType.SEND : ChanType.BOTH;
    }
}
