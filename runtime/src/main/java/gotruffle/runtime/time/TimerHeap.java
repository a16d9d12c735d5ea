package gotruffle.runtime.time;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.P;
import gotruffle.runtime.sched.RLock;

import java.util.Arrays;

/**
 * One P's timers (Go's p.timers + p.timersLock + p.timer0When): a 4-ary min-heap on
 * {@code when}, each timer knowing its index so that stop/reset remove it at once (Go deletes
 * lazily; eager removal keeps the heap exact, which deadlock detection relies on).
 * Only {@link #timer0When} may be read without the lock.
 */
public final class TimerHeap {
    final P owner;
    public final RLock lock = new RLock();
    private Timer[] heap = new Timer[8];
    private int size;
    /** When of the earliest timer, 0 if none (read without the lock by findRunnable/sysmon). */
    private volatile long timer0When;

    public TimerHeap(P owner) {
        this.owner = owner;
    }

    public long timer0When() {
        return timer0When;
    }

    /** Number of pending timers (racy read allowed: schedtrace, checkdead with all Ms idle). */
    public int size() {
        return size;
    }

    void add(Timer t) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        t.pp = owner;
        t.index = size;
        heap[size++] = t;
        siftUp(t.index);
        timer0When = heap[0].when;
    }

    void remove(Timer t) {
        int i = t.index;
        int last = --size;
        if (i != last) {
            heap[i] = heap[last];
            heap[i].index = i;
        }
        heap[last] = null;
        if (i != last) {
            Timer moved = heap[i];
            siftUp(i);
            if (moved.index == i) {
                siftDown(i);
            }
        }
        t.index = -1;
        t.pp = null;
        timer0When = size == 0 ? 0 : heap[0].when;
    }

    /**
     * Go's runtimer: runs the first timer if it is due. Lock held on entry and exit (released
     * while the callback runs). Returns 0 if a timer ran, -1 if the heap is empty, otherwise the
     * when of the first (not yet due) timer.
     */
    public long runtimer(long now, G g0) {
        if (size == 0) {
            return -1;
        }
        Timer t = heap[0];
        if (t.when > now) {
            return t.when;
        }
        if (t.period > 0) {
            // Ticker: next multiple of period after now (drops ticks missed by a slow receiver).
            long delta = t.when + t.period * (1 + (now - t.when) / t.period);
            t.when = delta < t.when ? Long.MAX_VALUE : delta;
            siftDown(0);
            timer0When = heap[0].when;
        } else {
            remove(t);
        }
        lock.unlock();
        try {
            t.f.fire(g0, t.arg, now);
        } finally {
            lock.lock();
        }
        return 0;
    }

    /** Moves all timers to {@code dst} (Go's moveTimers, when a P is destroyed by procresize). */
    public void moveAllTo(TimerHeap dst) {
        lock.lock();
        dst.lock.lock();
        try {
            while (size > 0) {
                Timer t = heap[0];
                remove(t);
                dst.add(t);
            }
        } finally {
            dst.lock.unlock();
            lock.unlock();
        }
    }

    private void siftUp(int i) {
        Timer t = heap[i];
        long when = t.when;
        while (i > 0) {
            int p = (i - 1) / 4;
            if (when >= heap[p].when) {
                break;
            }
            heap[i] = heap[p];
            heap[i].index = i;
            i = p;
        }
        heap[i] = t;
        t.index = i;
    }

    private void siftDown(int i) {
        if (i >= size) {
            return;
        }
        Timer t = heap[i];
        long when = t.when;
        for (;;) {
            int c = i * 4 + 1;
            if (c >= size) {
                break;
            }
            int best = c;
            for (int k = c + 1; k < c + 4 && k < size; k++) {
                if (heap[k].when < heap[best].when) {
                    best = k;
                }
            }
            if (heap[best].when >= when) {
                break;
            }
            heap[i] = heap[best];
            heap[i].index = i;
            i = best;
        }
        heap[i] = t;
        t.index = i;
    }
}
