package gotruffle.values;

import gotruffle.types.Struct;

/**
 * A struct value. Every location of struct type owns its GoStruct; assignment copies into it in
 * place, so a pointer to the struct can simply be this object. Equality is Go's == (field-wise),
 * which also makes struct-typed map keys work (keys are copied on insertion).
 *
 * Integer and float fields are kept unboxed in {@link #prims} (floats as raw bits, at the slot
 * {@link Struct#primSlots()} gives) so numeric code on struct fields does not allocate a box per
 * store; all other fields are in {@link #refs} (whose entries for unboxed fields stay null).
 * Field nodes use the arrays directly; everything else goes through {@link #get}/{@link #set}.
 */
public final class GoStruct {
    public final Struct type;
    public final Object[] refs;
    public final long[] prims;

    private static final long[] NO_PRIMS = new long[0];

    private GoStruct(Struct type, Object[] refs, long[] prims) {
        this.type = type;
        this.refs = refs;
        this.prims = prims;
    }

    /** A struct of the given field values (boxed Long/Double for numeric fields). */
    public static GoStruct of(Struct type, Object[] values) {
        int n = type.primCount();
        if (n == 0) {
            return new GoStruct(type, values, NO_PRIMS);
        }
        GoStruct s = new GoStruct(type, values, new long[n]);
        byte[] kinds = type.primKinds();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != Struct.REF) {
                s.set(i, values[i]);
                values[i] = null;
            }
        }
        return s;
    }

    /** A struct whose unboxed fields are already in place (refs must have nulls at those indices). */
    public static GoStruct ofParts(Struct type, Object[] refs, long[] prims) {
        return new GoStruct(type, refs, prims);
    }

    public int numFields() {
        return refs.length;
    }

    /** Field i, boxed. */
    public Object get(int i) {
        int slot = type.primSlots()[i];
        if (slot < 0) {
            return refs[i];
        }
        long bits = prims[slot];
        return type.primKinds()[i] == Struct.DOUBLE ? (Object) Double.longBitsToDouble(bits) : (Object) bits;
    }

    /** Sets field i (a non-aggregate field, or an aggregate this struct then owns) from a boxed value. */
    public void set(int i, Object v) {
        int slot = type.primSlots()[i];
        if (slot < 0) {
            refs[i] = v;
        } else {
            prims[slot] = type.primKinds()[i] == Struct.DOUBLE ? Double.doubleToRawLongBits((Double) v) : (Long) v;
        }
    }

    public GoStruct copy() {
        Object[] f = refs.clone();
        boolean[] agg = type.aggregateFields();
        for (int i = 0; i < f.length; i++) {
            if (agg[i]) {
                f[i] = Values.copyAggregateNested(f[i]);
            }
        }
        return new GoStruct(type, f, prims.length == 0 ? NO_PRIMS : prims.clone());
    }

    /** *dst = src: copy src's fields into this object, keeping nested aggregates' identity too. */
    public void assign(GoStruct src) {
        if (src == this) {
            return;
        }
        boolean[] agg = type.aggregateFields();
        for (int i = 0; i < refs.length; i++) {
            if (agg[i]) {
                Values.assignAggregateNested(refs[i], src.refs[i]);
            } else {
                refs[i] = src.refs[i];
            }
        }
        System.arraycopy(src.prims, 0, prims, 0, prims.length);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GoStruct s) || s.refs.length != refs.length) {
            return false;
        }
        for (int i = 0; i < refs.length; i++) {
            if (blank(i)) {
                continue; // Go compares non-blank fields only (a view through unsafe may fill _)
            }
            if (!Values.goEquals(get(i), s.get(i), type.fields.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < refs.length; i++) {
            if (!blank(i)) {
                h = h * 31 + Values.goHash(get(i), type.fields.get(i).type());
            }
        }
        return h;
    }

    private boolean blank(int i) {
        return type.fields.get(i).name().equals("_");
    }
}
