package gotruffle.stdlib.reflect;

import gotruffle.builtins.SizeClasses;
import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Chan;
import gotruffle.types.Interface;
import gotruffle.types.MapType;
import gotruffle.types.Named;
import gotruffle.types.Pointer;
import gotruffle.types.Signature;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;

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
            case Chan c -> CHAN;
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
            return b.kind == gotruffle.types.Kind.UNSAFE_POINTER ? "Pointer" : b.kind.goName;
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
            return n.pkg == null ? "" : packagePath(n.pkg);
        }
        if (t instanceof Basic b && b.kind == gotruffle.types.Kind.UNSAFE_POINTER) {
            return "unsafe";
        }
        return "";
    }

    /**
     * The import path of a package known by its name. Named types carry their package's name;
     * the standard packages whose path differs from their name are listed here.
     */
    static String packagePath(String pkg) {
        return switch (pkg) {
            case "json", "hex", "base64", "binary", "csv", "xml" -> "encoding/" + pkg;
            case "heap", "list", "ring" -> "container/" + pkg;
            case "rand", "bits", "big", "cmplx" -> "math/" + pkg;
            case "atomic" -> "sync/atomic";
            case "utf8", "utf16" -> "unicode/" + pkg;
            case "md5", "sha1", "sha256" -> "crypto/" + pkg;
            case "filepath" -> "path/filepath";
            case "signal", "exec" -> "os/" + pkg;
            case "fs" -> "io/fs";
            case "ioutil" -> "io/ioutil";
            case "tabwriter", "template" -> "text/" + pkg;
            case "debug", "trace" -> "runtime/" + pkg;
            case "crc32", "fnv" -> "hash/" + pkg;
            default -> pkg;
        };
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
        int cp = gotruffle.stdlib.text.Utf8.toJava(name).codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    public static long size(Type t) {
        return SizeClasses.sizeof(t);
    }

    public static long align(Type t) {
        return SizeClasses.alignof(t);
    }

    /** Type.Comparable. */
    public static boolean comparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Slice || u instanceof MapType || u instanceof Signature) {
            return false;
        } else if (u instanceof Struct s) {
            for (Struct.Field f : s.fields) {
                if (!comparable(f.type())) {
                    return false;
                }
            }
        } else if (u instanceof Array a) {
            return comparable(a.elem);
        }
        return true;
    }

    /** Type.Elem, or null when t has no element type. */
    public static Type elem(Type t) {
        return switch (t.underlying()) {
            case Array a -> a.elem;
            case Chan c -> c.elem;
            case MapType m -> m.elem;
            case Pointer p -> p.elem;
            case Slice s -> s.elem;
            default -> null;
        };
    }

    /** The reflect.ChanDir of a channel type. */
    public static int chanDir(Chan c) {
        return switch (c.dir) {
            case Chan.SEND -> 2;
            case Chan.RECV -> 1;
            default -> 3;
        };
    }

    public static int chanDirOf(long dir) {
        return dir == 1 ? Chan.RECV : dir == 2 ? Chan.SEND : Chan.BOTH;
    }
}
