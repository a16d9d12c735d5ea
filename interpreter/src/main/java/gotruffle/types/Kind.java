package gotruffle.types;

/** The kinds of Go's predeclared basic types, plus the untyped constant kinds. */
public enum Kind {
    BOOL("bool", 0), INT("int", 64), INT8("int8", 8), INT16("int16", 16), INT32("int32", 32), INT64("int64", 64),
    UINT("uint", 64), UINT8("uint8", 8), UINT16("uint16", 16), UINT32("uint32", 32), UINT64("uint64", 64), UINTPTR("uintptr", 64),
    FLOAT32("float32", 32), FLOAT64("float64", 64), COMPLEX64("complex64", 64), COMPLEX128("complex128", 128),
    STRING("string", 0), UNSAFE_POINTER("unsafe.Pointer", 64),
    UNTYPED_BOOL("untyped bool", 0), UNTYPED_INT("untyped int", 0), UNTYPED_RUNE("untyped rune", 0),
    UNTYPED_FLOAT("untyped float", 0), UNTYPED_COMPLEX("untyped complex", 0), UNTYPED_STRING("untyped string", 0), UNTYPED_NIL("untyped nil", 0),
    INVALID("invalid type", 0);

    public final String goName;
    public final int bits;

    Kind(String goName, int bits) {
        this.goName = goName;
        this.bits = bits;
    }

    public boolean isInteger() {
        return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal()) || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal() && ordinal() <= UNTYPED_NIL.ordinal();
    }
}
