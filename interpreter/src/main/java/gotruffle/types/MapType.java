package gotruffle.types;

import java.util.List;

/** map[K]V */
public final class MapType extends Type {
    public final Type key;
    public final Type elem;

    private MapType(Type key, Type elem) {
        this.key = key;
        this.elem = elem;
    }

    public static MapType of(Type key, Type elem) {
        return Interner.intern(List.of("map", key, elem), () -> new MapType(key, elem));
    }

    @Override
    public String toString(boolean qualify) {
        return "map[" + key.toString(qualify) + "]" + elem.toString(qualify);
    }
}
