package gotruffle.types;

import java.util.ArrayList;
import java.util.List;

/** func(params) results; when variadic, the last parameter's type is the slice []T. */
public final class Signature extends Type {
    public final List<Type> params;
    public final List<Type> results;
    public final boolean variadic;
    /**
     * Display signatures only (see {@link Shown}): the parameter and result names as declared,
     * which types2 prints ("func(a int, b int) (n int)"); null in the types the checker works with.
     */
    public final List<String> paramNames, resultNames;

    private Signature(List<Type> params, List<Type> results, boolean variadic, List<String> paramNames, List<String> resultNames) {
        this.params = params;
        this.results = results;
        this.variadic = variadic;
        this.paramNames = paramNames;
        this.resultNames = resultNames;
    }

    /** The display form of sig with its parameters' and results' names (empty lists: unnamed). */
    public static Signature named(Signature sig, List<String> paramNames, List<String> resultNames) {
        if (paramNames.isEmpty() && resultNames.isEmpty()) {
            return sig;
        }
        List<Object> key = new ArrayList<>();
        key.add("named");
        key.add(sig);
        key.add(paramNames);
        key.add(resultNames);
        return Interner.intern(key, () -> new Signature(sig.params, sig.results, sig.variadic,
                paramNames.isEmpty() ? null : List.copyOf(paramNames), resultNames.isEmpty() ? null : List.copyOf(resultNames)));
    }

    public static Signature of(List<Type> params, List<Type> results, boolean variadic) {
        List<Object> key = new ArrayList<>();
        key.add("func");
        key.add(variadic);
        key.addAll(params);
        key.add("->");
        key.addAll(results);
        return Interner.intern(key, () -> new Signature(List.copyOf(params), List.copyOf(results), variadic, null, null));
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
            if (paramNames != null) {
                sb.append(paramNames.get(i)).append(' ');
            }
            if (variadic && i == params.size() - 1) {
                sb.append("...").append(((Slice) params.get(i)).elem.toString(qualify));
            } else {
                sb.append(params.get(i).toString(qualify));
            }
        }
        sb.append(')');
        if (results.size() == 1 && resultNames == null) {
            sb.append(' ').append(results.get(0).toString(qualify));
        } else if (!results.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (resultNames != null) {
                    sb.append(resultNames.get(i)).append(' ');
                }
                sb.append(results.get(i).toString(qualify));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
