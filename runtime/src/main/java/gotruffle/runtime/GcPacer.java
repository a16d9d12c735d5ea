package gotruffle.runtime;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Go's GC pacing (mgcpacer.go with GOGC=100) over the JVM's collector: the old generation is
 * collected in full once it has grown to twice what the last full collection left live, as Go's
 * heap goal is the live heap times (1 + GOGC/100); more after collections that freed little
 * (the backoff below).
 *
 * <p>Why: the throughput collector (ParallelGC) collects its old generation only when it cannot
 * grow any more, and it may grow to most of the machine's memory (jvm.properties). Objects that
 * live long enough to be promoted and then die (goroutines parked and released, a rebuilt table)
 * would keep their memory until then: bench/parked.go's five rounds of 100k parked goroutines
 * grew the old generation to 1 GB of mostly dead goroutines while ~350 MB were live.
 *
 * <p>Goroutines that die: Go frees a goroutine's stack when it exits (and reuses its g), without
 * a collection; here a parked goroutine's stack chunk and objects (~1-3 KB, bench/RESULTS.md) are
 * promoted when it outlives a young collection and stay in the old generation until a full one.
 * So the scheduler reports goroutines created and ended ({@link #goroutineCreated},
 * {@link #goroutineExited}), and a full collection runs once 7/8 of the most goroutines alive
 * since the last full collection have ended after a young collection (a wave of goroutines is
 * over: one collection, not one per half of them) and their estimated memory is at least half
 * of what the last full collection left live (so a collection frees about as much as it
 * costs, as GOGC=100 asks). bench/parked.go: 100k goroutines released at once are collected then,
 * not after the next 100k have been added on top of them.
 *
 * <p>Backoff: a full collection that freed less than 1/8 of the heap it found (the old generation
 * held live data: a deep recursion's frames, goroutines that are still parked) doubles the goal's
 * factor over the live data, up to {@link #MAX_FACTOR}; one that freed more sets it back to 2. A
 * program whose live data only grows is collected at 2x, 8x, 64x its first live data instead of
 * 2x, 4x, 8x..., and each such collection is a stop-the-world pass over all of it (Go's collector
 * runs beside the program): a runaway recursion that parks in each call climbed to 1.2 GB through
 * 5 of them, 77 s of pauses at load ~30 (issue 12). Where the old generation holds garbage a
 * collection frees enough to reset the factor, so such programs keep Go's goal.
 *
 * <p>One per JVM (the heap is the JVM's). The collection runs on the JVM's notification thread
 * when the old generation's usage crosses the goal (checked by the JVM after each collection), or
 * on a thread of its own when goroutine exits ask for it; the goal is reset after every full
 * collection, whoever caused it (runtime.GC, the JVM itself).
 */
public final class GcPacer {
    /** Below this the old generation holds mostly the interpreter's and the JIT's own data. */
    private static final long MIN_GOAL = 64L << 20;

    /** Estimated old-generation bytes of a goroutine that outlived a young collection (measured 1-3 KB). */
    static final long DEAD_GOROUTINE_BYTES = 2048;

    /** The goal's factor over the live data after futile full collections (see the class comment). */
    static final int MAX_FACTOR = 8;

    private static MemoryPoolMXBean old;
    /** The heap's pools (a collection's before and after). */
    private static final List<String> heapPools = new ArrayList<>();
    /** The goal is this many times what the last full collection left in the old generation. */
    private static volatile int factor = 2;

    /** Young collections so far: the epoch a goroutine is born in ({@link #epoch}). */
    private static volatile int youngCollections;
    /** Goroutines born before a young collection that exited since the last full collection. */
    private static final AtomicInteger deadPromoted = new AtomicInteger();
    /** {@link #deadPromoted} at which a full collection is asked for (never while the pacer is off). */
    private static volatile int deadGoal = Integer.MAX_VALUE;
    private static final AtomicBoolean collectionAsked = new AtomicBoolean();
    /** Goroutines alive, and the most alive since the last full collection. */
    private static final AtomicInteger alive = new AtomicInteger();
    private static volatile int peakAlive;

    private GcPacer() {}

    /** Starts pacing (once per JVM; nothing happens when the collector offers no old-generation threshold). */
    public static synchronized void start() {
        if (old != null) {
            return;
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
                if (old == null && pool.isUsageThresholdSupported() && pool.isCollectionUsageThresholdSupported()) {
                    old = pool;
                }
            }
        }
        if (old == null) {
            return;
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, hb) -> {
            if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(n.getType())) {
                System.gc();
                setGoal();
            }
        }, null, null);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // a collector of the old generation's pool is a full one; the other is the young one
            boolean full = Arrays.asList(gc.getMemoryPoolNames()).contains(old.getName());
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (full) {
                    backOff(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo());
                    setGoal();
                } else {
                    youngCollections++; // one notification thread; a lost count only delays counting
                }
            }, n -> n.getType().equals("com.sun.management.gc.notification"), null);
        }
        setGoal();
    }

    /** A goroutine is created; returns the young-collection epoch it is born in. */
    public static int goroutineCreated() {
        int n = alive.incrementAndGet();
        if (n > peakAlive) {
            peakAlive = n; // a lost race only lowers the peak by a few
        }
        return youngCollections;
    }

    /** The young-collection epoch now (tests). */
    static int epoch() {
        return youngCollections;
    }

    /**
     * A goroutine created in {@code bornEpoch} exits: when a young collection came between, its
     * memory is likely in the old generation, garbage until a full collection.
     */
    public static void goroutineExited(int bornEpoch) {
        alive.decrementAndGet();
        if (bornEpoch == youngCollections) {
            return;
        }
        int dead = deadPromoted.incrementAndGet();
        if (dead >= deadGoal && dead >= peakAlive - peakAlive / 8 && collectionAsked.compareAndSet(false, true)) {
            // not on the caller's thread: an M that ends a goroutine goes on scheduling
            Thread.ofPlatform().daemon().name("gotruffle-gc-pacer").start(System::gc);
        }
    }

    /** The goal's factor now (tests). */
    static int factor() {
        return factor;
    }

    /** A full collection ended: the goal's next factor (see the class comment). */
    private static void backOff(GcInfo info) {
        long before = heapUsed(info.getMemoryUsageBeforeGc());
        long after = heapUsed(info.getMemoryUsageAfterGc());
        factor = before - after < before / 8 ? Math.min(MAX_FACTOR, 2 * factor) : 2;
    }

    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (String name : heapPools) {
            MemoryUsage u = pools.get(name);
            used += u == null ? 0 : u.getUsed();
        }
        return used;
    }

    /** The next goals: {@link #factor} times what the last collection of the old generation left (at least MIN_GOAL). */
    private static void setGoal() {
        var after = old.getCollectionUsage();
        long live = after == null ? 0 : after.getUsed();
        long goal = Math.max(MIN_GOAL, factor * live);
        long max = old.getUsage().getMax();
        // past the heap's limit the JVM's own collections take over (and its out-of-memory error)
        old.setUsageThreshold(max > 0 && goal >= max ? 0 : goal);
        deadPromoted.set(0);
        peakAlive = alive.get();
        deadGoal = (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_GOAL, live) / 2 / DEAD_GOROUTINE_BYTES);
        collectionAsked.set(false);
    }
}
