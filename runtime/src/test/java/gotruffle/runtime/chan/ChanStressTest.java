package gotruffle.runtime.chan;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.SchedConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many goroutines × many messages: every message arrives exactly once and in per-sender order.
 * Run under several scheduler settings, like the golden suite. Bounded in time.
 */
class ChanStressTest {
    private static final int SENDERS = 1000;
    private static final int MESSAGES = 1000;

    private static SchedConfig.Builder cfg(int procs, long quantumNs) {
        return SchedConfig.builder().gomaxprocs(procs).preemptQuantumNanos(quantumNs);
    }

    /** Message = sender << 32 | seq; the checker verifies per-sender order and the total. */
    private static final class Checker {
        final int[] next = new int[SENDERS];
        long total;

        void accept(long msg) {
            int sender = (int) (msg >>> 32);
            int seq = (int) msg;
            assertEquals(next[sender], seq, "sender " + sender + " out of order (lost or duplicated)");
            next[sender] = seq + 1;
            total++;
        }

        void verify(int messages) {
            assertEquals((long) SENDERS * messages, total);
            for (int n : next) {
                assertEquals(messages, n);
            }
        }
    }

    private static void spawnSenders(G g, Chan[] outs, int messages) {
        for (int s = 0; s < SENDERS; s++) {
            long id = s;
            Chan out = outs[s % outs.length];
            g.sched().newproc(g, h -> {
                for (int i = 0; i < messages; i++) {
                    Chan.chansend(h, out, id << 32 | i);
                }
            });
        }
    }

    @ParameterizedTest(name = "cap={0} procs={1} quantum={2}ns")
    @CsvSource({ "0, 2, 10000000", "100, 2, 10000000", "0, 1, 10000000", "7, 2, 50000" })
    void manySendersOneReceiver(int cap, int procs, long quantum) {
        Checker ck = new Checker();
        var r = GoRun.run(cfg(procs, quantum), g -> {
            Chan c = new Chan(cap);
            spawnSenders(g, new Chan[] { c }, MESSAGES);
            for (long n = (long) SENDERS * MESSAGES; n > 0; n--) {
                ck.accept((Long) Chan.chanrecv(g, c));
            }
        }, Duration.ofSeconds(30));
        assertEquals(0, r.code(), r.err());
        ck.verify(MESSAGES);
    }

    @ParameterizedTest(name = "procs={0}")
    @CsvSource({ "2", "1" })
    void selectFanIn(int procs) {
        int messages = 300;
        Checker ck = new Checker();
        var r = GoRun.run(cfg(procs, 10_000_000), g -> {
            Chan[] ins = { new Chan(0), new Chan(0), new Chan(5), new Chan(0) };
            spawnSenders(g, ins, messages);
            SelectCase[] cases = new SelectCase[ins.length];
            for (int i = 0; i < ins.length; i++) {
                cases[i] = SelectCase.recv(ins[i]);
            }
            int[] perCase = new int[ins.length];
            for (long n = (long) SENDERS * messages; n > 0; n--) {
                SelectResult sr = Select.selectgo(g, cases, false);
                assertTrue(sr.ok());
                perCase[sr.index()]++;
                ck.accept((Long) sr.value());
            }
            for (int k : perCase) {
                assertEquals(SENDERS / ins.length * messages, k);
            }
        }, Duration.ofSeconds(30));
        assertEquals(0, r.code(), r.err());
        ck.verify(messages);
    }

    @ParameterizedTest(name = "cap={0} procs={1}")
    @CsvSource({ "0, 2", "16, 2", "0, 1" })
    void manyToManyWithCloseAndRange(int cap, int procs) {
        // Workers range over a channel until it is closed, forwarding to a results channel
        // through select with a send case; nothing may be lost, duplicated or left behind.
        int items = 200_000;
        int workers = 8;
        AtomicLong sum = new AtomicLong();
        var r = GoRun.run(cfg(procs, 10_000_000), g -> {
            Chan jobs = new Chan(cap);
            Chan results = new Chan(cap);
            Chan quit = new Chan(0);
            for (int w = 0; w < workers; w++) {
                g.sched().newproc(g, h -> {
                    for (;;) {
                        Recv rv = Chan.chanrecv2(h, jobs);
                        if (!rv.ok()) {
                            break;
                        }
                        SelectResult sr = Select.selectgo(h, new SelectCase[] {
                            SelectCase.send(results, rv.value()), SelectCase.recv(quit) }, false);
                        assertEquals(0, sr.index());
                    }
                    Chan.chansend(h, results, -1);
                });
            }
            g.sched().newproc(g, h -> {
                for (int i = 1; i <= items; i++) {
                    Chan.chansend(h, jobs, i);
                }
                Chan.closechan(h, jobs);
            });
            boolean[] seen = new boolean[items + 1];
            for (int done = 0; done < workers;) {
                int v = (Integer) Chan.chanrecv(g, results);
                if (v == -1) {
                    done++;
                    continue;
                }
                assertTrue(!seen[v], "duplicate " + v);
                seen[v] = true;
                sum.addAndGet(v);
            }
            // Workers and the producer end right after their last send.
            for (int spins = 0; g.sched().numGoroutine() > 1 && spins < 100_000; spins++) {
                g.sched().gosched(g);
            }
            assertEquals(1, g.sched().numGoroutine(), "leftover goroutines");
        }, Duration.ofSeconds(30));
        assertEquals(0, r.code(), r.err());
        assertEquals((long) items * (items + 1) / 2, sum.get());
    }
}
