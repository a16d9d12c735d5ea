package gotruffle.types;

import java.util.List;

/** *T */
public final class Pointer extends Type {
    public final Type elem;
    /** Cache for values.Values: 0 not known yet, 1 elem has a size, 2 elem is zero-size (set at run time). */
    public int zeroSizeElem;

    private Pointer(Type elem) {
        this.elem = elem;
    }

    public static Pointer of(Type elem) {
        return Interner.intern(List.of("*", elem), () -> new Pointer(elem));
    }

    @Override
    public String toString(boolean qualify) {
        return "*" + elem.toString(qualify);
    }
}
