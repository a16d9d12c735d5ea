package gotruffle.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A string made by slicing another: the bytes base[off, off+len) without a copy, so that
 * s = s[n:] is O(1). Views are confined by the compiler to string variables kept in frame slots
 * and to the nodes that read strings without copying (len, index, slicing, comparison,
 * concatenation, calls of Go functions and of view-aware natives); every other consumer sees a
 * java.lang.String through {@link GoStrings#flat}. base is never itself a view.
 */
public final class GoSubstring {
    public final String base;
    public final int off;
    public final int len;

    public GoSubstring(String base, int off, int len) {
        this.base = base;
        this.off = off;
        this.len = len;
    }

    public char charAt(int i) {
        return base.charAt(off + i);
    }

    /** The bytes as a String of their own (a copy). */
    @TruffleBoundary
    public String flatten() {
        return base.substring(off, off + len);
    }

    @Override
    public String toString() {
        return flatten();
    }

    // A view must never reach a hash table or an equality test on Objects: it would silently
    // differ from the equal String. Fail loudly instead of answering wrong.
    @Override
    public boolean equals(Object o) {
        throw new IllegalStateException("internal: a string view escaped to Object equality");
    }

    @Override
    public int hashCode() {
        throw new IllegalStateException("internal: a string view escaped to hashing");
    }
}
