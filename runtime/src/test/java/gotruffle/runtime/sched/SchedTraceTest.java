package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** GODEBUG=schedtrace output, in the format of Go 1.19's runtime (checked against go1.19). */
class SchedTraceTest {
    private static final Pattern LINE = Pattern.compile("SCHED \\d+ms: gomaxprocs=2 idleprocs=\\d+ threads=\\d+ "
                    + "spinningthreads=\\d+ idlethreads=\\d+ runqueue=\\d+ \\[\\d+ \\d+\\]");

    private static void busy(G g, long ms) {
        long end = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < end) {
            g.yieldIfPreempted();
        }
    }

    @Test
    void summaryLines() {
        var cfg = SchedConfig.builder().gomaxprocs(2).godebug("schedtrace=10");
        var r = GoRun.run(cfg, g -> {
            g.sched().newproc(g, h -> busy(h, 60));
            busy(g, 60);
        });
        String[] lines = r.err().split("\n");
        assertTrue(lines.length >= 3, r.err());
        assertTrue(lines[0].startsWith("SCHED 0ms: "), lines[0]);
        for (String l : lines) {
            assertTrue(LINE.matcher(l).matches(), l);
        }
    }

    @Test
    void detailLines() {
        var cfg = SchedConfig.builder().gomaxprocs(2).godebug("schedtrace=20,scheddetail=1");
        var r = GoRun.run(cfg, g -> {
            g.sched().newproc(g, h -> h.sched().sleep(h, 1_000_000_000));
            busy(g, 150);
        });
        String out = r.err();
        assertTrue(Pattern.compile("(?m)^SCHED \\d+ms: gomaxprocs=2 idleprocs=\\d+ threads=\\d+ spinningthreads=\\d+ "
                        + "idlethreads=\\d+ runqueue=\\d+ gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^  P0: status=\\d schedtick=\\d+ syscalltick=\\d+ m=-?\\d+ runqsize=\\d+ "
                        + "gfreecnt=0 timerslen=\\d+$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^  M\\d+: p=-?\\d+ curg=-?\\d+ mallocing=0 throwing=0 preemptoff= locks=0 "
                        + "dying=0 spinning=(true|false) blocked=(true|false) lockedg=-1$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^  G1: status=[12]\\(\\) m=-?\\d+ lockedm=-1$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^  G2: status=4\\(sleep\\) m=-1 lockedm=-1$").matcher(out).find(), out);
    }
}
