package gotruffle.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Go's GC pacing (mgcpacer.go with GOGC=100) over the JVM's collector: the old generation is
 * collected in full once it has grown to twice what the last full collection left live, as Go's
 * heap goal is the live heap times (1 + GOGC/100).
 *
 * <p>Why: the throughput collector (ParallelGC) collects its old generation only when it cannot
 * grow any more, and it may grow to most of the machine's memory (jvm.properties). Objects that
 * live long enough to be promoted and then die (goroutines parked and released, a rebuilt table)
 * would keep their memory until then: bench/parked.go's five rounds of 100k parked goroutines
 * grew the old generation to 1 GB of mostly dead goroutines while ~350 MB were live.
 *
 * <p>One per JVM (the heap is the JVM's). The collection runs on the JVM's notification thread
 * when the old generation's usage crosses the goal (checked by the JVM after each collection).
 */
public final class GcPacer {
    /** Below this the old generation holds mostly the interpreter's and the JIT's own data. */
    private static final long MIN_GOAL = 64L << 20;

    private static MemoryPoolMXBean old;

    private GcPacer() {}

    /** Starts pacing (once per JVM; nothing happens when the collector offers no old-generation threshold). */
    public static synchronized void start() {
        if (old != null) {
            return;
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && pool.isCollectionUsageThresholdSupported()) {
                old = pool;
                break;
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
        setGoal();
    }

    /** The next goal: twice what the last collection of the old generation left (at least MIN_GOAL). */
    private static void setGoal() {
        var after = old.getCollectionUsage();
        long live = after == null ? 0 : after.getUsed();
        long goal = Math.max(MIN_GOAL, 2 * live);
        long max = old.getUsage().getMax();
        // past the heap's limit the JVM's own collections take over (and its out-of-memory error)
        old.setUsageThreshold(max > 0 && goal >= max ? 0 : goal);
    }
}
