package gotruffle.types;

import java.util.ArrayList;
import java.util.List;

/** func(params) results; when variadic, the last parameter's type is the slice []T. */
public final class Signature extends Type {
    public final List<Type> params;
    public final List<Type> results;
    public final boolean variadic;

    private Signature(List<Type> params, List<Type> results, boolean variadic) {
        this.params = params;
        this.results = results;
        this.variadic = variadic;
    }

    public static Signature of(List<Type> params, List<Type> results, boolean variadic) {
        List<Object> key = new ArrayList<>();
        key.add("func");
        key.add(variadic);
        key.addAll(params);
        key.add("->");
        key.addAll(results);
        return Interner.intern(key, () -> new Signature(List.copyOf(params), List.copyOf(results), variadic));
    }

    @Override
    public String toString(boolean qualify) {
        return "func" + paramsString(qualify);
    }

    /** "(int, string) bool" — the part after "func" or after a method name. */
    public String paramsString(boolean qualify) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (variadic && i == params.size() - 1) {
                sb.append("...").append(((Slice) params.get(i)).elem.toString(qualify));
            } else {
                sb.append(params.get(i).toString(qualify));
            }
        }
        sb.append(')');
        if (results.size() == 1) {
            sb.append(' ').append(results.get(0).toString(qualify));
        } else if (results.size() > 1) {
            sb.append(" (");
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(results.get(i).toString(qualify));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
