package gotruffle.values;

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
}
