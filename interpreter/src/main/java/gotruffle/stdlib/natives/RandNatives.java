package gotruffle.stdlib.natives;

import com.oracle.truffle.api.RootCallTarget;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.algo.AlgoPanic;
import gotruffle.stdlib.algo.GoRand;
import gotruffle.stdlib.algo.GoZipf;
import gotruffle.stdlib.algo.RngSource;
import gotruffle.types.Lookup;
import gotruffle.values.GoFunc;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStruct;
import gotruffle.values.Iface;

import java.util.Map;

/** Natives of package math/rand: a Rand struct keeps its GoRand in field h. */
public final class RandNatives {
    private RandNatives() {}

    /** A Source implemented in Go, called back from GoRand on the calling goroutine's fiber. */
    private static class GoSource implements GoRand.Source {
        final GoContext ctx;
        final Iface src;
        final RootCallTarget int63;
        final RootCallTarget seed;
        Fiber fiber;

        GoSource(GoContext ctx, Iface src) {
            this.ctx = ctx;
            this.src = src;
            this.int63 = ctx.methods.lookup(src.type, "Int63");
            this.seed = ctx.methods.lookup(src.type, "Seed");
        }

        @Override
        public long int63() {
            return (Long) int63.call(fiber, null, src.value);
        }

        @Override
        public void seed(long s) {
            seed.call(fiber, null, src.value, s);
        }
    }

    private static final class GoSource64 extends GoSource implements GoRand.Source64 {
        final RootCallTarget uint64;

        GoSource64(GoContext ctx, Iface src, RootCallTarget uint64) {
            super(ctx, src);
            this.uint64 = uint64;
        }

        @Override
        public long uint64() {
            return (Long) uint64.call(fiber, null, src.value);
        }
    }

    /** What Rand.h holds. */
    private record Box(GoRand rand, GoSource goSource) {}

    /** What Zipf.h holds: the generator, and the Rand it draws from (nil or unbound: null). */
    private record ZipfBox(GoZipf zipf, Box rand) {}

    private interface RandOp {
        Object apply(GoRand r, Fiber fiber, Object[] a);
    }

    private static void method(Map<String, Native> t, String name, RandOp op) {
        t.put("math/rand.Rand." + name, (ctx, fiber, a) -> {
            GoStruct self = (GoStruct) a[0];
            if (self == null || self.refs[0] == null) {
                throw new GoRuntimeError("invalid memory address or nil pointer dereference");
            }
            Box b = (Box) self.refs[0];
            if (b.goSource != null) {
                b.goSource.fiber = fiber;
            }
            try {
                return op.apply(b.rand, fiber, a);
            } catch (AlgoPanic p) {
                throw AlgoPanics.toGo(p);
            }
        });
    }

    public static void register(Map<String, Native> t) {
        t.put("math/rand.rngSource.Seed", (ctx, fiber, a) -> {
            GoStruct s = (GoStruct) a[0];
            if (s.refs[0] == null) {
                s.refs[0] = new RngSource((Long) a[1]);
            } else {
                ((RngSource) s.refs[0]).seed((Long) a[1]);
            }
            return null;
        });
        t.put("math/rand.rngSource.Int63", (ctx, fiber, a) -> ((RngSource) ((GoStruct) a[0]).refs[0]).int63());
        t.put("math/rand.rngSource.Uint64", (ctx, fiber, a) -> ((RngSource) ((GoStruct) a[0]).refs[0]).uint64());
        t.put("math/rand.bindTopLevel", (ctx, fiber, a) -> {
            ((GoStruct) a[0]).refs[0] = new Box(GoRand.newTopLevel(), null);
            return null;
        });
        t.put("math/rand.bind", (ctx, fiber, a) -> {
            GoStruct r = (GoStruct) a[0];
            Iface src = (Iface) a[1];
            if (src == null) {
                throw new GoRuntimeError("invalid memory address or nil pointer dereference");
            }
            if (src.value instanceof GoStruct s && s.refs.length == 1 && s.refs[0] instanceof RngSource rng) {
                r.refs[0] = new Box(new GoRand(rng), null);
                return null;
            }
            RootCallTarget u64 = Lookup.signature(src.type, "Uint64") != null
                    ? ctx.methods.lookup(src.type, "Uint64") : null;
            GoSource gs = u64 != null ? new GoSource64(ctx, src, u64) : new GoSource(ctx, src);
            gs.fiber = fiber;
            r.refs[0] = new Box(new GoRand(gs), gs);
            return null;
        });
        t.put("math/rand.bindZipf", (ctx, fiber, a) -> {
            GoStruct r = (GoStruct) a[1];
            Box b = r == null ? null : (Box) r.refs[0];
            GoZipf z = b == null ? null : GoZipf.newZipf(b.rand, (Double) a[2], (Double) a[3], (Long) a[4]);
            ((GoStruct) a[0]).refs[0] = new ZipfBox(z, b);
            return null;
        });
        t.put("math/rand.zipfNext", (ctx, fiber, a) -> {
            ZipfBox z = (ZipfBox) ((GoStruct) a[0]).refs[0];
            if (z.rand == null) {
                // Go reaches the Rand's nil source (or nil *Rand) on the first draw.
                throw new GoRuntimeError("invalid memory address or nil pointer dereference");
            }
            if (z.rand.goSource != null) {
                z.rand.goSource.fiber = fiber;
            }
            return z.zipf.uint64();
        });
        method(t, "Seed", (r, f, a) -> {
            r.seed((Long) a[1]);
            return null;
        });
        method(t, "Int63", (r, f, a) -> r.int63());
        method(t, "Uint32", (r, f, a) -> Integer.toUnsignedLong(r.uint32()));
        method(t, "Uint64", (r, f, a) -> r.uint64());
        method(t, "Int31", (r, f, a) -> (long) r.int31());
        method(t, "Int", (r, f, a) -> r.intValue());
        method(t, "Int63n", (r, f, a) -> r.int63n((Long) a[1]));
        method(t, "Int31n", (r, f, a) -> (long) r.int31n((int) (long) (Long) a[1]));
        method(t, "Intn", (r, f, a) -> r.intn((Long) a[1]));
        method(t, "Float64", (r, f, a) -> r.float64());
        method(t, "Float32", (r, f, a) -> (double) r.float32());
        method(t, "NormFloat64", (r, f, a) -> r.normFloat64());
        method(t, "ExpFloat64", (r, f, a) -> r.expFloat64());
        method(t, "Perm", (r, f, a) -> {
            long[] p = r.perm((Long) a[1]);
            return new GoSlice(p, 0, p.length, p.length);
        });
        method(t, "Shuffle", (r, f, a) -> {
            GoFunc swap = (GoFunc) a[2];
            r.shuffle((Long) a[1], (i, j) -> swap.target.call(f, swap.env, i, j));
            return null;
        });
        method(t, "Read", (r, f, a) -> {
            GoSlice p = (GoSlice) a[1];
            if (p == null) {
                return new Object[]{0L, null};
            }
            byte[] buf = new byte[p.len];
            r.read(buf, 0, p.len);
            ByteSlices.copyInto(p, buf, p.len);
            return new Object[]{(long) p.len, null};
        });
    }
}
