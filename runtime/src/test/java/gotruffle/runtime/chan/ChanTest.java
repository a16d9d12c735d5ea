package gotruffle.runtime.chan;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChanTest {
    private static void ok(GoRun.Result r) {
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void unbufferedIsARendezvous() {
        ok(GoRun.run(2, g -> {
            Chan c = new Chan(0);
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            g.sched().newproc(g, h -> {
                Chan.chansend(h, c, "x");
                log.add("sent");
            });
            g.sched().sleep(g, 5_000_000);
            assertTrue(log.isEmpty(), "send completed without a receiver");
            assertEquals(1, g.sched().numGoroutine() - 1);
            assertEquals("x", Chan.chanrecv(g, c));
            assertNull(Chan.selectnbrecv(g, c));
            assertFalse(Chan.selectnbsend(g, c, 1), "no receiver waiting");
        }));
    }

    @Test
    void bufferedIsFifoWithLenAndCap() {
        ok(GoRun.run(1, g -> {
            Chan c = new Chan(3);
            assertEquals(3, Chan.cap(c));
            for (int i = 0; i < 3; i++) {
                assertTrue(Chan.selectnbsend(g, c, i));
            }
            assertEquals(3, Chan.len(c));
            assertFalse(Chan.selectnbsend(g, c, 99), "full");
            // A blocked sender's value lands behind the buffered ones.
            g.sched().newproc(g, h -> Chan.chansend(h, c, 3));
            g.sched().gosched(g);
            for (int i = 0; i < 4; i++) {
                assertEquals(i, Chan.chanrecv(g, c));
            }
            assertEquals(0, Chan.len(c));
            assertEquals(0, Chan.len(null));
            assertEquals(0, Chan.cap(null));
        }));
    }

    @Test
    void closeDrainsBufferThenYieldsZeroNotOk() {
        ok(GoRun.run(2, g -> {
            Chan c = new Chan(2, 0L);
            Chan.chansend(g, c, 7L);
            Chan.closechan(g, c);
            assertEquals(new Recv(7L, true), Chan.chanrecv2(g, c));
            assertEquals(new Recv(0L, false), Chan.chanrecv2(g, c));
            assertEquals(0L, Chan.chanrecv(g, c));
            assertEquals(new Recv(0L, false), Chan.selectnbrecv(g, c));
        }));
    }

    @Test
    void closeWakesAllReceiversAndPanicsBlockedSenders() {
        ok(GoRun.run(2, g -> {
            Sched s = g.sched();
            Chan c = new Chan(0, "zero");
            int n = 10;
            WaitGroup wg = new WaitGroup();
            wg.add(g, n + 1);
            List<Object> got = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                s.newproc(g, h -> {
                    got.add(Chan.chanrecv2(h, c));
                    wg.done(h);
                });
            }
            Chan d = new Chan(0);
            List<String> panics = Collections.synchronizedList(new ArrayList<>());
            s.newproc(g, h -> {
                try {
                    Chan.chansend(h, d, 1);
                } catch (GoRuntimePanic e) {
                    panics.add(e.getMessage());
                }
                wg.done(h);
            });
            s.sleep(g, 5_000_000);
            Chan.closechan(g, c);
            Chan.closechan(g, d);
            wg.await(g);
            assertEquals(n, got.size());
            for (Object o : got) {
                assertEquals(new Recv("zero", false), o);
            }
            assertEquals(List.of("send on closed channel"), panics);
        }));
    }

    @Test
    void goPanicTexts() {
        ok(GoRun.run(1, g -> {
            Chan c = new Chan(0);
            Chan.closechan(g, c);
            assertEquals("close of closed channel",
                            assertThrows(GoRuntimePanic.class, () -> Chan.closechan(g, c)).getMessage());
            assertEquals("send on closed channel",
                            assertThrows(GoRuntimePanic.class, () -> Chan.chansend(g, c, 1)).getMessage());
            assertEquals("send on closed channel",
                            assertThrows(GoRuntimePanic.class, () -> Chan.selectnbsend(g, c, 1)).getMessage());
            assertEquals("close of nil channel",
                            assertThrows(GoRuntimePanic.class, () -> Chan.closechan(g, null)).getMessage());
        }));
    }

    @Test
    void nilChannelNonBlockingOpsNeverProceed() {
        ok(GoRun.run(1, g -> {
            assertFalse(Chan.selectnbsend(g, null, 1));
            assertNull(Chan.selectnbrecv(g, null));
        }));
    }

    @Test
    void nilChannelsBlockForever() {
        var r = GoRun.run(2, g -> {
            g.sched().newproc(g, h -> Chan.chansend(h, null, 1));
            Chan.chanrecv(g, null);
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive (nil chan)]:\n\n"
                        + "goroutine 2 [chan send (nil chan)]:\n", r.err());
    }

    @Test
    void directHandoffToWaitingReceiver() {
        ok(GoRun.run(1, g -> {
            Chan c = new Chan(5);
            Object[] got = new Object[1];
            G[] rg = new G[1];
            rg[0] = g.sched().newproc(g, h -> got[0] = Chan.chanrecv(h, c));
            g.sched().gosched(g); // receiver parks on the empty channel
            assertEquals(G.WAITING, rg[0].status());
            Chan.chansend(g, c, "direct");
            assertEquals(0, Chan.len(c), "value went to the receiver, not the buffer");
            g.sched().gosched(g);
            assertEquals("direct", got[0]);
        }));
    }
}
