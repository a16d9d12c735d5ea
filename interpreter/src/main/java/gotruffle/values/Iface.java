package gotruffle.values;

import gotruffle.types.Type;

/** A non-nil interface value: its dynamic type and value. The nil interface is Java null. */
public final class Iface {
    public final Type type;
    public final Object value;

    public Iface(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iface i && i.type == type && Values.goEquals(value, i.value, type);
    }

    @Override
    public int hashCode() {
        return Values.goHash(value, type);
    }
}
