package gotruffle.stdlib.fmt;

import gotruffle.values.GoPointer;

import java.util.Map;
import java.util.WeakHashMap;

/** Stable fake addresses for printing pointers (%p, nested pointers): Go-looking, unique per object. */
public final class Addresses {
    private static final Map<Object, Long> ADDRS = new WeakHashMap<>();
    private static long next = 0xc000010000L;

    private Addresses() {}

    public static synchronized long of(Object o) {
        if (o instanceof GoPointer) {
            // pointers to the same location are equal objects: key by equality
            return ADDRS.computeIfAbsent(o, k -> bump());
        }
        return ADDRS.computeIfAbsent(new IdKey(o), k -> bump());
    }

    private static long bump() {
        long a = next;
        next += 0x10;
        return a;
    }

    private record IdKey(Object o) {
        @Override
        public boolean equals(Object x) {
            return x instanceof IdKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
