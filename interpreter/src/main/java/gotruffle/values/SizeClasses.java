package gotruffle.values;

import gotruffle.types.Array;
import gotruffle.types.Basic;
import gotruffle.types.Interface;
import gotruffle.types.Kind;
import gotruffle.types.Slice;
import gotruffle.types.Struct;
import gotruffle.types.Type;

/**
 * Go 1.19's growslice capacity computation, including rounding the allocation up to the
 * malloc size class, so that cap() after append matches real Go on amd64.
 */
public final class SizeClasses {
    private SizeClasses() {}

    // The small object size classes of Go's allocator (runtime/sizeclasses.go, amd64), up to 32 KiB.
    private static final int[] CLASSES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688,
        3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336,
        16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

    public static int growCap(int oldCap, int needed, long elemSize) {
        int newcap = oldCap;
        int doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else {
            final int threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < needed) {
                    newcap += (newcap + 3 * threshold) / 4;
                }
                if (newcap <= 0) {
                    newcap = needed;
                }
            }
        }
        if (elemSize == 0) {
            return newcap;
        }
        long mem = roundupsize((long) newcap * elemSize);
        return (int) (mem / elemSize);
    }

    /**
     * The capacity of []byte(s) / []rune(s) for a non-constant s of n elements: Go's runtime fills
     * the 32-element buffer the compiler gives a conversion whose result does not escape (we assume
     * it does not), else allocates n elements rounded up to the size class.
     */
    public static int conversionCap(int n, int elemSize) {
        return n <= 32 ? 32 : (int) (roundupsize((long) n * elemSize) / elemSize);
    }

    static long roundupsize(long size) {
        if (size <= 32768) {
            for (int c : CLASSES) {
                if (c >= size) {
                    return c;
                }
            }
        }
        // large objects: rounded up to the page size (8 KiB)
        return (size + 8191) / 8192 * 8192;
    }

    /** Size in bytes of a value of type t on amd64 (Go's layout: growth rounding and unsafe.Sizeof). */
    public static long sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING, COMPLEX128 -> 16;
                default -> 8;
            };
        } else if (u instanceof Struct s) {
            long[] offs = fieldOffsets(s);
            if (offs.length == 0) {
                return 0;
            }
            int last = offs.length - 1;
            long size = offs[last] + sizeof(s.fields.get(last).type());
            if (size > 0 && sizeof(s.fields.get(last).type()) == 0) {
                size++; // a final zero-size field gets a byte, so &x.f cannot point past the object
            }
            long al = alignof(s);
            return (size + al - 1) / al * al;
        } else if (u instanceof Array a) {
            return a.len * sizeof(a.elem);
        } else if (u instanceof Slice) {
            return 24;
        } else if (u instanceof Interface) {
            return 16;
        }
        return 8;
    }

    /** The offset of each field of s (Go's amd64 layout). */
    public static long[] fieldOffsets(Struct s) {
        long[] offs = new long[s.fields.size()];
        long size = 0;
        for (int i = 0; i < offs.length; i++) {
            Type ft = s.fields.get(i).type();
            long al = alignof(ft);
            size = (size + al - 1) / al * al;
            offs[i] = size;
            size += sizeof(ft);
        }
        return offs;
    }

    /** Alignment in bytes of type t on amd64 (unsafe.Alignof). */
    public static long alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct s) {
            long m = 1;
            for (Struct.Field f : s.fields) {
                m = Math.max(m, alignof(f.type()));
            }
            return m;
        } else if (u instanceof Array a) {
            return alignof(a.elem);
        } else if (u instanceof Basic b && b.kind == Kind.COMPLEX64) {
            return 4;
        }
        long s = sizeof(t);
        return Math.min(8, Math.max(1, s));
    }
}
