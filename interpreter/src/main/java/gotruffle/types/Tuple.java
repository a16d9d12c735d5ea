package gotruffle.types;

import java.util.List;

/** The type of a multi-value expression (a call with several results); never a value's type. */
public final class Tuple extends Type {
    public final List<Type> types;
    /** Display tuples only (see {@link Shown}): the result names as declared, else null. */
    public final List<String> names;

    public Tuple(List<Type> types) {
        this(types, null);
    }

    public Tuple(List<Type> types, List<String> names) {
        this.types = List.copyOf(types);
        this.names = names == null ? null : List.copyOf(names);
    }

    @Override
    public String toString(boolean qualify) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (names != null) {
                sb.append(names.get(i)).append(' ');
            }
            sb.append(types.get(i).toString(qualify));
        }
        return sb.append(')').toString();
    }
}
