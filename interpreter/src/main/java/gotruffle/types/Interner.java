package gotruffle.types;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Interns unnamed composite types by their components, so that identical types are one object. */
final class Interner {
    private static final ConcurrentHashMap<List<Object>, Type> TABLE = new ConcurrentHashMap<>();

    private Interner() {}

    @SuppressWarnings("unchecked")
    static <T extends Type> T intern(List<Object> key, Supplier<T> make) {
        return (T) TABLE.computeIfAbsent(key, k -> make.get());
    }
}
