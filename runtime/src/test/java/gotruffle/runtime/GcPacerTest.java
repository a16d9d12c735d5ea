package gotruffle.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GcPacer under ParallelGC (the collector of jvm.properties), in a JVM of its own with a 2 GB heap
 * whose young collections promote every survivor: promoted data that dies is collected once the
 * old generation has grown past its goal (64 MB), long before the old generation is full (~2 GB,
 * which ParallelGC would fill first).
 */
class GcPacerTest {
    private static final int MB = 1 << 20;

    @Test
    @Timeout(180)
    void fullCollectionOnceTheOldGenerationPassedItsGoal() throws Exception {
        assertTrue(child("goal").contains("paced"));
    }

    @Test
    @Timeout(180)
    void fullCollectionOnceAWaveOfPromotedGoroutinesEnded() throws Exception {
        assertTrue(child("exits").contains("collected"));
    }

    @Test
    @Timeout(180)
    void aFullCollectionThatFreesLittleRaisesTheGoal() throws Exception {
        assertTrue(child("backoff").contains("backed off"));
    }

    private static String child(String mode) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-XX:+UseParallelGC", "-Xmx2g", "-Xmn32m",
                        "-XX:MaxTenuringThreshold=0", "-cp",
                        System.getProperty("java.class.path"), GcPacerTest.class.getName(), mode)
                        .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The child JVM: one of the checks below. */
    public static void main(String[] args) {
        GarbageCollectorMXBean full = collector("PS MarkSweep");
        MemoryPoolMXBean old = pool("PS Old Gen");
        check(full != null && old != null, "not ParallelGC");
        GcPacer.start();
        if (args[0].equals("exits")) {
            exits(full);
        } else if (args[0].equals("backoff")) {
            backoff(full, old);
        } else {
            goal(full, old);
        }
    }

    /**
     * 40,000 goroutines outlive a young collection, then end: no full collection while fewer than
     * 7/8 of them have ended, one soon after (the scheduler's calls, without a scheduler).
     */
    private static void exits(GarbageCollectorMXBean full) {
        long fullBefore = full.getCollectionCount();
        int[] born = new int[40_000];
        for (int i = 0; i < born.length; i++) {
            born[i] = GcPacer.goroutineCreated();
        }
        long sink = 0;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (GcPacer.epoch() == born[0]) { // young collections until the pacer has seen one
            sink += new byte[64 * 1024].length;
            check(System.nanoTime() < deadline, "no young collection seen within 60 s");
        }
        int early = born.length - born.length / 8 - 1;
        for (int i = 0; i < early; i++) {
            GcPacer.goroutineExited(born[i]);
        }
        check(full.getCollectionCount() == fullBefore, "a full collection before 7/8 of the goroutines ended");
        for (int i = early; i < born.length; i++) {
            GcPacer.goroutineExited(born[i]);
        }
        while (full.getCollectionCount() == fullBefore && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        check(sink > 0 && full.getCollectionCount() > fullBefore, "no full collection after the goroutines ended");
        System.out.println("collected");
    }

    /** Promotes short-lived data and checks that a full collection came before 1 GB of it. */
    private static void goal(GarbageCollectorMXBean full, MemoryPoolMXBean old) {
        long goal = old.getUsageThreshold();
        check(goal == 64L * MB, "goal " + goal);
        check(old.getUsage().getMax() > 4 * goal, "the heap is too small to show the pacing");
        long fullBefore = full.getCollectionCount();

        // Data that is live at a young collection (so promoted) and dies soon after: up to 1 GB.
        List<byte[]> kept = new ArrayList<>();
        long sink = 0;
        long deadline = System.nanoTime() + 60_000_000_000L;
        long promotedMax = 16 * goal;
        for (long allocated = 0; allocated < promotedMax && full.getCollectionCount() == fullBefore; allocated += MB) {
            kept.add(new byte[MB]);
            if (kept.size() == 16) {
                kept.clear();
            }
            for (int i = 0; i < 64; i++) {
                sink += new byte[16 * 1024].length; // churn: young collections
            }
            check(System.nanoTime() < deadline, "no full collection within 60 s");
        }
        kept.clear();
        // The notification that starts the collection comes from the JVM's notification thread.
        while (full.getCollectionCount() == fullBefore && System.nanoTime() < deadline) {
            sink += new byte[64 * 1024].length;
        }
        check(sink > 0, "");
        check(full.getCollectionCount() > fullBefore, "no full collection after " + promotedMax / MB
                        + " MB of short-lived data (goal " + goal / MB + " MB)");
        long live = old.getCollectionUsage().getUsed();
        check(live < goal, "the full collection left " + live / MB + " MB in the old generation (goal " + goal / MB + " MB)");
        System.out.println("paced: " + (full.getCollectionCount() - fullBefore) + " full collection(s), " + live / MB + " MB left");
    }

    /**
     * Live data that only grows (a deep recursion's frames): each full collection that frees
     * nothing doubles the goal's factor, up to its maximum; one that frees most of the heap sets
     * it back to 2.
     */
    private static void backoff(GarbageCollectorMXBean full, MemoryPoolMXBean old) {
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            kept.add(new byte[MB]);
        }
        kept.clear();
        collect(full); // frees most of what it finds: the factor is 2 whatever start-up left
        check(await(old, 2), "factor " + GcPacer.factor() + " after a collection that freed 32 MB");
        for (int round = 1, want = 4; round <= 3; round++, want = Math.min(GcPacer.MAX_FACTOR, 2 * want)) {
            for (int i = 0; i < 32; i++) {
                kept.add(new byte[MB]); // promoted at the next young collection (MaxTenuringThreshold=0)
            }
            collect(full);
            check(await(old, want), "factor " + GcPacer.factor() + ", goal " + old.getUsageThreshold() / MB + " MB with "
                            + old.getCollectionUsage().getUsed() / MB + " MB live after futile collection " + round + ", want " + want);
        }
        kept.clear();
        collect(full);
        check(await(old, 2), "factor " + GcPacer.factor() + " after a collection that freed " + 3 * 32 + " MB");
        System.out.println("backed off");
    }

    /** A full collection, and its notification seen by the pacer (another thread delivers it). */
    private static void collect(GarbageCollectorMXBean full) {
        long before = full.getCollectionCount();
        System.gc();
        check(full.getCollectionCount() > before, "System.gc() ran no full collection");
    }

    /** Whether the pacer's factor becomes {@code want} and its goal that many times the live data (within 10 s). */
    private static boolean await(MemoryPoolMXBean old, int want) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (;;) {
            long goal = Math.max(64L * MB, want * old.getCollectionUsage().getUsed());
            if (GcPacer.factor() == want && old.getUsageThreshold() == goal) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
        }
    }

    private static void check(boolean ok, String failure) {
        if (!ok) {
            System.out.println(failure);
            System.exit(1);
        }
    }

    private static GarbageCollectorMXBean collector(String name) {
        for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static MemoryPoolMXBean pool(String name) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
