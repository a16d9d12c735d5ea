package gotruffle.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.RuntimePanics;
import gotruffle.types.Type;
import gotruffle.values.GoPointer;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.GoArray;
import gotruffle.values.Memory;
import gotruffle.values.Values;
import gotruffle.values.SizeClasses;
import gotruffle.values.Stores;
import gotruffle.values.UnsafePointer;

/**
 * unsafe.Pointer's conversions and unsafe.Add/unsafe.Slice. An unsafe.Pointer is null (nil) or an
 * {@link UnsafePointer}; what cannot be represented on the JVM is a Go panic starting with
 * "unsupported:", so the program stops at that line with its traceback, never silently wrong.
 */
public final class UnsafeNodes {
    private UnsafeNodes() {}

    /** unsafe.Pointer(p) for p of type *elem. */
    public static final class FromPointer extends ExprNode {
        @Child private ExprNode x;
        private final Type elem;

        public FromPointer(ExprNode x, Type elem) {
            this.x = x;
            this.elem = elem;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object p = x.execute(frame);
            return p == null ? null : new UnsafePointer(p, elem);
        }
    }

    /** (*elem)(p) for an unsafe.Pointer p. */
    public static final class ToPointer extends ExprNode {
        @Child private ExprNode x;
        private final Type elem;

        public ToPointer(ExprNode x, Type elem) {
            this.x = x;
            this.elem = elem;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object p = x.execute(frame);
            return p == null ? null : convert((UnsafePointer) p);
        }

        @TruffleBoundary
        private Object convert(UnsafePointer p) {
            Object r = p.to(elem);
            if (r == null) {
                throw RuntimePanics.plain("unsupported: unsafe.Pointer conversion of " + (p.elem == null ? "an integer address where no Go object is known" : "a *" + p.elem.toString(true))
                        + " to *" + elem.toString(true) + " (a different memory layout)", this);
            }
            return r;
        }
    }

    /** uintptr(p) for an unsafe.Pointer p: its made-up address. */
    public static final class ToAddress extends ExprNode {
        @Child private ExprNode x;

        public ToAddress(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return executeLong(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            Object p = x.execute(frame);
            return p == null ? 0 : ((UnsafePointer) p).address();
        }
    }

    /** unsafe.Pointer(u) for an integer u. */
    public static final class FromAddress extends ExprNode {
        @Child private ExprNode x;

        public FromAddress(ExprNode x) {
            this.x = x;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return UnsafePointer.fromAddress(x.executeLong(frame));
        }
    }

    /** unsafe.Add(p, n). */
    public static final class Add extends ExprNode {
        @Child private ExprNode p;
        @Child private ExprNode n;

        public Add(ExprNode p, ExprNode n) {
            this.p = p;
            this.n = n;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object ptr = p.execute(frame);
            long d = n.executeLong(frame);
            if (d == 0) {
                return ptr;
            }
            return UnsafePointer.fromAddress((ptr == null ? 0 : ((UnsafePointer) ptr).address()) + d);
        }
    }

    /** unsafe.Slice(p, n) for p of type *elem: the slice over the n elements from p's (runtime/unsafe.go's unsafeslice checks). */
    public static final class Slice extends ExprNode {
        @Child private ExprNode p;
        @Child private ExprNode n;
        private final Type elem;
        private final boolean unsignedLen;

        public Slice(ExprNode p, ExprNode n, Type elem, boolean unsignedLen) {
            this.p = p;
            this.n = n;
            this.elem = elem;
            this.unsignedLen = unsignedLen;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return slice(p.execute(frame), n.executeLong(frame));
        }

        @TruffleBoundary
        private Object slice(Object ptr, long len) {
            if (len < 0 && !unsignedLen) {
                throw RuntimePanics.runtimeError("unsafe.Slice: len out of range", this);
            }
            long size = SizeClasses.sizeof(elem);
            long base = ptr == null ? 0 : Memory.addressOf(ptr, elem);
            boolean overflow = size != 0 && Long.compareUnsigned(len, Long.divideUnsigned(-1L, size)) > 0;
            if (overflow || Long.compareUnsigned(len * size, -base) > 0) {
                throw RuntimePanics.runtimeError(ptr == null ? "unsafe.Slice: ptr is nil and len is not zero" : "unsafe.Slice: len out of range", this);
            }
            if (ptr == null) {
                return null;
            }
            if (ptr instanceof GoPointer.ToElem e && e.index() + len <= Stores.length(e.store())) {
                return new GoSlice(e.store(), e.index(), (int) len, (int) len);
            }
            if (len == 0) {
                return new GoSlice(Values.newStore(elem, 0), 0, 0, 0);
            }
            if (len == 1 && (ptr instanceof GoArray || ptr instanceof GoStruct)) {
                return new GoSlice(new Object[]{ptr}, 0, 1, 1); // the element is the pointed-to object itself
            }
            throw RuntimePanics.plain("unsupported: unsafe.Slice of " + len + " elements from a pointer that is not into an array or slice with that many elements", this);
        }
    }
}
