package gotruffle.types;

import java.util.List;

/** []T */
public final class Slice extends Type {
    public final Type elem;

    private Slice(Type elem) {
        this.elem = elem;
    }

    public static Slice of(Type elem) {
        return Interner.intern(List.of("[]", elem), () -> new Slice(elem));
    }

    @Override
    public String toString(boolean qualify) {
        return "[]" + elem.toString(qualify);
    }
}
