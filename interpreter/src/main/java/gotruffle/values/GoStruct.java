package gotruffle.values;

import gotruffle.types.Struct;

/**
 * A struct value. Every location of struct type owns its GoStruct; assignment copies into it in
 * place, so a pointer to the struct can simply be this object. Equality is Go's == (field-wise),
 * which also makes struct-typed map keys work (keys are copied on insertion).
 */
public final class GoStruct {
    public final Struct type;
    public final Object[] fields;

    public GoStruct(Struct type, Object[] fields) {
        this.type = type;
        this.fields = fields;
    }

    public GoStruct copy() {
        Object[] f = fields.clone();
        boolean[] agg = type.aggregateFields();
        for (int i = 0; i < f.length; i++) {
            if (agg[i]) {
                f[i] = Values.copyAggregate(f[i]);
            }
        }
        return new GoStruct(type, f);
    }

    /** *dst = src: copy src's fields into this object, keeping nested aggregates' identity too. */
    public void assign(GoStruct src) {
        if (src == this) {
            return;
        }
        boolean[] agg = type.aggregateFields();
        for (int i = 0; i < fields.length; i++) {
            if (agg[i]) {
                Values.assignAggregate(fields[i], src.fields[i]);
            } else {
                fields[i] = src.fields[i];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GoStruct s) || s.fields.length != fields.length) {
            return false;
        }
        for (int i = 0; i < fields.length; i++) {
            if (!Values.goEquals(fields[i], s.fields[i], type.fields.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < fields.length; i++) {
            h = h * 31 + Values.goHash(fields[i], type.fields.get(i).type());
        }
        return h;
    }
}
