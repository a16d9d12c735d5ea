package gotruffle.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** interface{...} with its full method set (embedded interfaces already flattened), sorted by name. */
public final class Interface extends Type {
    public record Method(String name, Signature sig) {}

    public final List<Method> methods;

    private Interface(List<Method> methods) {
        this.methods = methods;
    }

    public static final Interface EMPTY = of(List.of());

    public static Interface of(List<Method> methods) {
        List<Method> sorted = new ArrayList<>(methods);
        sorted.sort(Comparator.comparing(Method::name));
        List<Object> key = new ArrayList<>();
        key.add("interface");
        for (Method m : sorted) {
            key.add(m.name);
            key.add(m.sig);
        }
        return Interner.intern(key, () -> new Interface(List.copyOf(sorted)));
    }

    public Method method(String name) {
        for (Method m : methods) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString(boolean qualify) {
        if (methods.isEmpty()) {
            return "interface {}";
        }
        StringBuilder sb = new StringBuilder("interface {");
        for (int i = 0; i < methods.size(); i++) {
            sb.append(i == 0 ? " " : "; ");
            sb.append(methods.get(i).name).append(methods.get(i).sig.paramsString(qualify));
        }
        return sb.append(" }").toString();
    }
}
