package gotruffle.types;

import java.util.List;

/** chan T, chan<- T, <-chan T */
public final class Chan extends Type {
    public static final int BOTH = 0, SEND = 1, RECV = 2;
    public final int dir;
    public final Type elem;

    private Chan(int dir, Type elem) {
        this.dir = dir;
        this.elem = elem;
    }

    public static Chan of(int dir, Type elem) {
        return Interner.intern(List.of("chan", dir, elem), () -> new Chan(dir, elem));
    }

    @Override
    public String toString(boolean qualify) {
        String e = elem.toString(qualify);
        return switch (dir) {
            case SEND -> "chan<- " + e;
            case RECV -> "<-chan " + e;
            default -> elem instanceof Chan c && c.dir == RECV ? "chan (" + e + ")" : "chan " + e;
        };
    }
}
