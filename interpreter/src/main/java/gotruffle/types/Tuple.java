package gotruffle.types;

import java.util.List;

/** The type of a multi-value expression (a call with several results); never a value's type. */
public final class Tuple extends Type {
    public final List<Type> types;

    public Tuple(List<Type> types) {
        this.types = List.copyOf(types);
    }

    @Override
    public String toString(boolean qualify) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(types.get(i).toString(qualify));
        }
        return sb.append(')').toString();
    }
}
