package gotruffle.runtime.sched;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {
    @Test
    void mainReturns() {
        assertEquals(0, GoRun.run(2, g -> {
        }).code());
    }

    @Test
    void pingPong() {
        var r = GoRun.run(2, g -> {
            Chan c = new Chan(0);
            Chan d = new Chan(0);
            g.sched().newproc(g, h -> {
                for (int i = 0; i < 10000; i++) {
                    Object v = Chan.chanrecv(h, c);
                    Chan.chansend(h, d, v);
                }
            });
            for (int i = 0; i < 10000; i++) {
                Chan.chansend(g, c, i);
                assertEquals(i, Chan.chanrecv(g, d));
            }
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void deadlock() {
        var r = GoRun.run(2, g -> Chan.chanrecv(g, new Chan(0)));
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", r.err());
    }
}
