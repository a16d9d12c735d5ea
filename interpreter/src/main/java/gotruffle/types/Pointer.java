package gotruffle.types;

import java.util.List;

/** *T */
public final class Pointer extends Type {
    public final Type elem;

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
