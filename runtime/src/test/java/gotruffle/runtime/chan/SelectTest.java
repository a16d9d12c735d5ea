package gotruffle.runtime.chan;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelectTest {
    private static void ok(GoRun.Result r) {
        assertEquals(0, r.code(), r.err());
    }

    private static SelectResult select(G g, boolean dflt, SelectCase... cases) {
        return Select.selectgo(g, cases, dflt);
    }

    @Test
    void defaultWhenNothingIsReady() {
        ok(GoRun.run(1, g -> {
            Chan c = new Chan(0);
            assertEquals(-1, select(g, true, SelectCase.recv(c), SelectCase.send(c, 1)).index());
            assertEquals(-1, select(g, true).index());
            assertEquals(-1, select(g, true, SelectCase.recv(null), SelectCase.send(null, 1)).index());
        }));
    }

    @Test
    void readyCasesAreChosenUniformly() {
        ok(GoRun.run(1, g -> {
            Chan a = new Chan(1), b = new Chan(1), c = new Chan(1);
            int[] hits = new int[3];
            int n = 30_000;
            for (int i = 0; i < n; i++) {
                Chan.chansend(g, a, 1);
                Chan.chansend(g, b, 2);
                Chan.chansend(g, c, 3);
                SelectResult r = select(g, false, SelectCase.recv(a), SelectCase.recv(b), SelectCase.recv(c));
                hits[r.index()]++;
                assertEquals(r.index() + 1, r.value());
                // drain the others
                for (Chan x : new Chan[] { a, b, c }) {
                    Chan.selectnbrecv(g, x);
                }
            }
            for (int h : hits) {
                assertTrue(Math.abs(h - n / 3) < n / 20, Arrays.toString(hits));
            }
        }));
    }

    @Test
    void blockingSelectIsWokenBySendOrReceive() {
        ok(GoRun.run(2, g -> {
            Sched s = g.sched();
            Chan in = new Chan(0), out = new Chan(0), never = new Chan(0);
            s.newproc(g, h -> {
                h.sched().sleep(h, 2_000_000);
                Chan.chansend(h, in, "hello");
            });
            SelectResult r = select(g, false, SelectCase.recv(never), SelectCase.recv(in), SelectCase.send(never, 0));
            assertEquals(new SelectResult(1, "hello", true), r);
            s.newproc(g, h -> {
                h.sched().sleep(h, 2_000_000);
                assertEquals(42, Chan.chanrecv(h, out));
            });
            r = select(g, false, SelectCase.recv(never), SelectCase.send(out, 42));
            assertEquals(1, r.index());
        }));
    }

    @Test
    void closedChannelCases() {
        ok(GoRun.run(2, g -> {
            Chan c = new Chan(0, -1);
            Chan never = new Chan(0);
            g.sched().newproc(g, h -> {
                h.sched().sleep(h, 2_000_000);
                Chan.closechan(h, c);
            });
            // Parked select woken by close: zero value, ok=false.
            assertEquals(new SelectResult(0, -1, false), select(g, false, SelectCase.recv(c), SelectCase.recv(never)));
            // Already closed: ready immediately.
            assertEquals(new SelectResult(1, -1, false), select(g, true, SelectCase.recv(never), SelectCase.recv(c)));
            assertEquals("send on closed channel",
                            assertThrows(GoRuntimePanic.class, () -> select(g, true, SelectCase.send(c, 1))).getMessage());
        }));
    }

    @Test
    void parkedSelectSenderPanicsWhenChannelCloses() {
        ok(GoRun.run(2, g -> {
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> {
                h.sched().sleep(h, 2_000_000);
                Chan.closechan(h, c);
            });
            assertEquals("send on closed channel", assertThrows(GoRuntimePanic.class,
                            () -> select(g, false, SelectCase.send(c, 1), SelectCase.recv(null))).getMessage());
        }));
    }

    @Test
    void sameChannelInSeveralCases() {
        ok(GoRun.run(2, g -> {
            Chan c = new Chan(0);
            g.sched().newproc(g, h -> {
                for (int i = 0; i < 1000; i++) {
                    Chan.chansend(h, c, i);
                }
            });
            for (int i = 0; i < 1000; i++) {
                SelectResult r = select(g, false, SelectCase.recv(c), SelectCase.recv(c), SelectCase.recv(c));
                assertEquals(i, r.value());
            }
        }));
    }

    @Test
    void twoSelectsWithOppositeCaseOrderDoNotDeadlock() {
        ok(GoRun.run(2, g -> {
            Chan a = new Chan(0), b = new Chan(0);
            Chan done = new Chan(2);
            int n = 20_000;
            g.sched().newproc(g, h -> {
                for (int i = 0; i < n; i++) {
                    select(h, false, SelectCase.send(a, i), SelectCase.recv(b));
                }
                Chan.chansend(h, done, 1);
            });
            g.sched().newproc(g, h -> {
                for (int i = 0; i < n; i++) {
                    select(h, false, SelectCase.send(b, i), SelectCase.recv(a));
                }
                Chan.chansend(h, done, 1);
            });
            Chan.chanrecv(g, done);
            Chan.chanrecv(g, done);
        }));
    }

    @Test
    void emptySelectAndAllNilSelectBlockForever() {
        var r = GoRun.run(2, g -> {
            g.sched().newproc(g, h -> select(h, false, SelectCase.recv(null)));
            select(g, false);
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\n\n"
                        + "goroutine 2 [select]:\n", r.err());
    }
}
