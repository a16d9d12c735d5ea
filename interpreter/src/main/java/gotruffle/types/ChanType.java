package gotruffle.types;

import java.util.List;

/** chan T, chan<- T, <-chan T */
public final class ChanType extends Type {
    public static final int BOTH = 0, SEND = 1, RECV = 2;
    public final int dir;
    public final Type elem;

    private ChanType(int dir, Type elem) {
        this.dir = dir;
        this.elem = elem;
    }

    public static ChanType of(int dir, Type elem) {
        return Interner.intern(List.of("chan", dir, elem), () -> new ChanType(dir, elem));
    }

    @Override
    public String toString(boolean qualify) {
        String e = elem.toString(qualify);
        return switch (dir) {
            case SEND -> "chan<- " + e;
            case RECV -> "<-chan " + e;
            default -> elem instanceof ChanType c && c.dir == RECV ? "chan (" + e + ")" : "chan " + e;
        };
    }
}
