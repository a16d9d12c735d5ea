package gotruffle.stdlib.fmt;

import gotruffle.values.Memory;
import gotruffle.values.UnsafePointer;

/** Stable fake addresses for printing pointers (%p, nested pointers): those of {@link Memory}, so %p of p and of unsafe.Pointer(p) agree. */
public final class Addresses {
    private Addresses() {}

    public static long of(Object o) {
        return o instanceof UnsafePointer p ? p.address() : Memory.addressOf(o, null);
    }
}
