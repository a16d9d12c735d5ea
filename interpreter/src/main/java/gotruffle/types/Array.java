package gotruffle.types;

import java.util.List;

/** [N]T */
public final class Array extends Type {
    public final long len;
    public final Type elem;

    private Array(long len, Type elem) {
        this.len = len;
        this.elem = elem;
    }

    public static Array of(long len, Type elem) {
        return Interner.intern(List.of("[N]", len, elem), () -> new Array(len, elem));
    }

    @Override
    public String toString(boolean qualify) {
        return "[" + len + "]" + elem.toString(qualify);
    }
}
