package gotruffle.types;

import java.util.ArrayList;
import java.util.List;

/** struct{...}; field order is the value layout (GoStruct.fields index). */
public final class Struct extends Type {
    /**
     * A field; {@code pkg} is the qualifier of the declaring package for an unexported name (see
     * {@link MemberKey}; null otherwise): such fields are invisible to other packages and make
     * struct types of different packages distinct.
     */
    public record Field(String name, Type type, boolean embedded, String tag, String pkg) {
        public Field(String name, Type type, boolean embedded, String tag) {
            this(name, type, embedded, tag, null);
        }
    }

    public final List<Field> fields;

    private Struct(List<Field> fields) {
        this.fields = fields;
    }

    public static Struct of(List<Field> fields) {
        List<Object> key = new ArrayList<>();
        key.add("struct");
        for (Field f : fields) {
            key.add(f.name);
            key.add(f.type);
            key.add(f.embedded);
            key.add(f.tag == null ? "" : f.tag);
            key.add(f.pkg == null ? "" : f.pkg);
        }
        return Interner.intern(key, () -> new Struct(List.copyOf(fields)));
    }

    private boolean[] aggregate;

    /** Which fields hold structs or arrays (owned by the value: copied deeply). */
    public boolean[] aggregateFields() {
        boolean[] a = aggregate;
        if (a == null) {
            a = new boolean[fields.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = fields.get(i).type().isAggregate();
            }
            aggregate = a;
        }
        return a;
    }

    /** Value layout: integer and float fields live unboxed in GoStruct.prims (floats as raw bits). */
    public static final byte REF = 0, LONG = 1, DOUBLE = 2;

    /** Published as one object so a racing reader sees all of it (final fields). */
    private record Layout(byte[] kinds, int[] slots, int count) {}

    private Layout layout;

    private Layout layout() {
        Layout l = layout;
        if (l == null) {
            byte[] k = new byte[fields.size()];
            int[] slots = new int[k.length];
            int n = 0;
            for (int i = 0; i < k.length; i++) {
                Type u = fields.get(i).type().underlying();
                k[i] = u.isInteger() ? LONG : u.isFloat() ? DOUBLE : REF;
                slots[i] = k[i] == REF ? -1 : n++;
            }
            l = new Layout(k, slots, n);
            layout = l;
        }
        return l;
    }

    /** REF, LONG or DOUBLE for each field. */
    public byte[] primKinds() {
        return layout().kinds;
    }

    /** Index into GoStruct.prims of each unboxed field (-1 for fields held in GoStruct.refs). */
    public int[] primSlots() {
        return layout().slots;
    }

    public int primCount() {
        return layout().count;
    }

    public int fieldIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString(boolean qualify) {
        // run-time names (reflect) read "struct { x int }", compile errors (types2) "struct{x int}"
        StringBuilder sb = new StringBuilder(qualify ? "struct {" : "struct{");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            sb.append(i == 0 ? (qualify ? " " : "") : "; ");
            if (f.embedded) {
                sb.append(f.type.toString(qualify));
            } else {
                sb.append(f.name).append(' ').append(f.type.toString(qualify));
            }
            if (f.tag != null && !f.tag.isEmpty()) {
                sb.append(" \"").append(f.tag.replace("\"", "\\\"")).append('"');
            }
        }
        return sb.append(fields.isEmpty() || !qualify ? "}" : " }").toString();
    }
}
