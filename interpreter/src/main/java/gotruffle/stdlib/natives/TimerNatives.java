package gotruffle.stdlib.natives;

import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.nodes.conc.Goroutines;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.time.Timer;
import gotruffle.values.GoFunc;

import java.util.Map;

/**
 * time.Sleep and the timers behind Timer, Ticker, After, Tick and AfterFunc, on the scheduler's
 * per-P timer heaps: a sleeping goroutine takes no thread. Firing runs on an M (not a goroutine):
 * it sends the time without blocking (the channel has room for one tick, as in Go) or starts the
 * AfterFunc goroutine.
 */
public final class TimerNatives {
    private TimerNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("time.Sleep", (ctx, f, a) -> {
            long d = (Long) a[0];
            if (d > 0) {
                G g = f.g;
                g.sched().sleep(g, d);
            }
            return null;
        });
        t.put("time.startTimer", (ctx, f, a) -> {
            long d = (Long) a[0];
            long period = (Long) a[1];
            Chan c = (Chan) a[2];
            GoFunc fn = (GoFunc) a[3];
            GoFunc now = (GoFunc) a[4];
            Timer tm = new Timer((g0, arg, when) -> fire(ctx, g0, c, fn, now), null);
            G g = f.g;
            tm.start(g, Timer.when(Sched.nanotime(), d), period);
            return tm;
        });
        t.put("time.stopTimer", (ctx, f, a) -> ((Timer) a[0]).stop());
        t.put("time.resetTimer", (ctx, f, a) -> {
            Timer tm = (Timer) a[0];
            return tm.modify(f.g, Timer.when(Sched.nanotime(), (Long) a[1]), (Long) a[2]);
        });
    }

    private static void fire(GoContext ctx, G g0, Chan c, GoFunc fn, GoFunc now) {
        if (c != null) {
            // sendTime: never blocks; a reader that fell behind misses ticks, as in Go
            Object t = now.target.call(new Fiber(g0, 0), null);
            Chan.selectnbsend(g0, c, t);
        } else if (fn != null) {
            g0.sched().newproc(g0, Goroutines.body(ctx, fn.target, fn.env, new Object[0]));
        }
    }
}
