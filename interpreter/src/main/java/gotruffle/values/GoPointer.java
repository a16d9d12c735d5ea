package gotruffle.values;

import gotruffle.types.Kind;

/**
 * A pointer to a non-aggregate location. Pointers to structs and arrays are the GoStruct/GoArray
 * objects themselves (those locations are updated in place), so these cover *int, *string,
 * **T and friends. Equality is location identity, as Go's == on pointers.
 */
public abstract class GoPointer {
    public abstract Object load();

    public abstract void store(Object v);

    /** sync/atomic: the word read with volatile semantics (see {@link AtomicWords}). */
    public abstract Object loadAtomic();

    public abstract void storeAtomic(Object v);

    /**
     * sync/atomic: stores v if the word still holds {@code witness}, a value {@link #loadAtomic}
     * returned (compared by identity when the word holds a reference, so callers loop on it).
     */
    public abstract boolean casAtomic(Object witness, Object v);

    /** A pointer to a variable boxed in a Cell. */
    public static final class ToCell extends GoPointer {
        final Cell cell;
        /**
         * The only pointer object to its cell ever made (new(T), &T{...}): its unreachability
         * means the cell's (runtime.SetFinalizer); &x makes a new pointer object each time.
         */
        public final boolean sole;

        public ToCell(Cell cell) {
            this(cell, false);
        }

        public ToCell(Cell cell, boolean sole) {
            this.cell = cell;
            this.sole = sole;
        }

        /** A second pointer object to the same cell. */
        public ToCell twin() {
            return new ToCell(cell, false);
        }

        @Override
        public Object load() {
            return cell.value;
        }

        @Override
        public void store(Object v) {
            cell.value = v;
        }

        @Override
        public Object loadAtomic() {
            return AtomicWords.loadCell(cell);
        }

        @Override
        public void storeAtomic(Object v) {
            AtomicWords.storeCell(cell, v);
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            return AtomicWords.casCell(cell, witness, v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToCell t && t.cell == cell;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(cell);
        }
    }

    /** &s.f for a non-aggregate field. */
    public static final class ToField extends GoPointer {
        final GoStruct s;
        final int index;

        public ToField(GoStruct s, int index) {
            this.s = s;
            this.index = index;
        }

        @Override
        public Object load() {
            return s.get(index);
        }

        @Override
        public void store(Object v) {
            s.set(index, v);
        }

        @Override
        public Object loadAtomic() {
            return AtomicWords.loadField(s, index);
        }

        @Override
        public void storeAtomic(Object v) {
            AtomicWords.storeField(s, index, v);
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            return AtomicWords.casField(s, index, witness, v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToField t && t.s == s && t.index == index;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(s) * 31 + index;
        }
    }

    /** &a[i] for a non-aggregate element of an array or slice backing store. */
    public static final class ToElem extends GoPointer {
        final Object store;
        final int index;

        public ToElem(Object store, int index) {
            this.store = store;
            this.index = index;
        }

        public Object store() {
            return store;
        }

        public int index() {
            return index;
        }

        @Override
        public Object load() {
            return Stores.get(store, index);
        }

        @Override
        public void store(Object v) {
            Stores.set(store, index, v);
        }

        @Override
        public Object loadAtomic() {
            return AtomicWords.loadElem(store, index);
        }

        @Override
        public void storeAtomic(Object v) {
            AtomicWords.storeElem(store, index, v);
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            return AtomicWords.casElem(store, index, witness, v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToElem t && t.store == store && t.index == index;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(store) * 31 + index;
        }
    }

    /** &v for a package-level variable. */
    public static final class ToGlobal extends GoPointer {
        final GlobalVar g;

        public ToGlobal(GlobalVar g) {
            this.g = g;
        }

        @Override
        public Object load() {
            return g.value;
        }

        @Override
        public void store(Object v) {
            g.value = v;
        }

        @Override
        public Object loadAtomic() {
            return AtomicWords.loadGlobal(g);
        }

        @Override
        public void storeAtomic(Object v) {
            AtomicWords.storeGlobal(g, v);
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            return AtomicWords.casGlobal(g, witness, v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToGlobal t && t.g == g;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(g);
        }
    }
    /**
     * *U read through a pointer to a T of the same size (unsafe.Pointer conversion): the word's
     * bits reinterpreted, e.g. *(*uint64)(unsafe.Pointer(&f)) for a float64 f.
     */
    public static final class View extends GoPointer {
        final GoPointer base;
        final Kind from, to;

        public View(GoPointer base, Kind from, Kind to) {
            this.base = base;
            this.from = from;
            this.to = to;
        }

        /** Whether a T word may be viewed as a U: integers and floats of one size (not complex, string, bool). */
        public static boolean allowed(Kind from, Kind to) {
            return bits(from) != 0 && bits(from) == bits(to);
        }

        private static int bits(Kind k) {
            return k.isInteger() || k.isFloat() ? k.bits : 0;
        }

        private static Object convert(Object v, Kind from, Kind to) {
            long raw;
            if (from == Kind.FLOAT64) {
                raw = Double.doubleToRawLongBits((Double) v);
            } else if (from == Kind.FLOAT32) {
                raw = Float.floatToRawIntBits((float) (double) (Double) v) & 0xFFFFFFFFL;
            } else {
                raw = (Long) v;
            }
            if (to == Kind.FLOAT64) {
                return Double.longBitsToDouble(raw);
            } else if (to == Kind.FLOAT32) {
                return (double) Float.intBitsToFloat((int) raw);
            }
            return switch (to) { // Go's wrap-around to the width of the kind (as nodes/expr/IntNorm)
                case INT8 -> (long) (byte) raw;
                case INT16 -> (long) (short) raw;
                case INT32 -> (long) (int) raw;
                case UINT8 -> raw & 0xFFL;
                case UINT16 -> raw & 0xFFFFL;
                case UINT32 -> raw & 0xFFFFFFFFL;
                default -> raw;
            };
        }

        @Override
        public Object load() {
            return convert(base.load(), from, to);
        }

        @Override
        public void store(Object v) {
            base.store(convert(v, to, from));
        }

        @Override
        public Object loadAtomic() {
            return convert(base.loadAtomic(), from, to);
        }

        @Override
        public void storeAtomic(Object v) {
            base.storeAtomic(convert(v, to, from));
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            throw new UnsupportedOperationException("unsupported: sync/atomic through a pointer converted between " + from.goName + " and " + to.goName);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof View w && w.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode();
        }
    }

    /**
     * *string read through a pointer to a []byte (*(*string)(unsafe.Pointer(&b)), Go's zero-copy
     * conversion): the bytes are copied at each read, so the string does not change when b's
     * bytes do later (Go's would; a program may not rely on either).
     */
    public static final class StringOfBytes extends GoPointer {
        final GoPointer base;

        public StringOfBytes(GoPointer base) {
            this.base = base;
        }

        @Override
        public Object load() {
            GoSlice b = (GoSlice) base.load();
            return b == null ? "" : Stores.byteString((byte[]) b.store, b.off, b.len);
        }

        @Override
        public void store(Object v) {
            byte[] b = Stores.bytesOf((String) v);
            base.store(b.length == 0 ? null : new GoSlice(b, 0, b.length, b.length));
        }

        @Override
        public Object loadAtomic() {
            return load();
        }

        @Override
        public void storeAtomic(Object v) {
            store(v);
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            throw new UnsupportedOperationException("unsupported: sync/atomic through a *string made from a *[]byte");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StringOfBytes w && w.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() + 1;
        }
    }

    /**
     * A pointer made from an integer address where no known object lives (unsafe.Pointer(uintptr(0x1234))):
     * it may be compared and printed; reading or writing through it is unsupported.
     */
    public static final class Bare extends GoPointer {
        public final long addr;

        public Bare(long addr) {
            this.addr = addr;
        }

        private UnsupportedOperationException fault() {
            return new UnsupportedOperationException("unsupported: access through a pointer made from the integer address 0x" + Long.toHexString(addr) + ", where no Go object is known");
        }

        @Override
        public Object load() {
            throw fault();
        }

        @Override
        public void store(Object v) {
            throw fault();
        }

        @Override
        public Object loadAtomic() {
            throw fault();
        }

        @Override
        public void storeAtomic(Object v) {
            throw fault();
        }

        @Override
        public boolean casAtomic(Object witness, Object v) {
            throw fault();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bare b && b.addr == addr;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(addr);
        }
    }
}
