package gotruffle.runtime.chan;

import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.ParkCommit;
import gotruffle.runtime.sched.Sudog;
import gotruffle.runtime.sched.WaitReason;

/**
 * Go's selectgo (select.go). Cases on nil channels are ignored. The ready cases are polled in a
 * uniformly random order (pollorder); if none is ready and there is no default, the goroutine
 * enqueues a sudog on every channel and parks; the first counterpart to claim it (CAS on
 * {@code selectDone}) wins and the others are dequeued after wake-up.
 *
 * <p>All involved channel locks are taken in channel-id order (lockorder), each once, so two
 * selects over the same channels cannot deadlock; they are released by the M after the park.
 */
public final class Select {
    private Select() {
    }

    /** {@code select {}}: blocks forever. */
    public static void block(G g) {
        g.sched().gopark(g, (ParkCommit) null, WaitReason.SELECT_NO_CASES);
        throw new IllegalStateException("runtime: unreachable (empty select resumed)");
    }

    /** Go's selparkcommit: unlock the channels in lock order (each once) after the park. */
    private static final ParkCommit SELPARKCOMMIT = (gp, g0) -> {
        Chan last = null;
        for (Sudog sg = gp.waiting(); sg != null; sg = sg.waitlink) {
            Chan c = (Chan) sg.c;
            if (c != last) {
                if (last != null) {
                    last.lock.unlock();
                }
                last = c;
            }
        }
        if (last != null) {
            last.lock.unlock();
        }
        return true;
    };

    public static SelectResult selectgo(G g, SelectCase[] cases, boolean hasDefault) {
        int ncases = cases.length;
        if (ncases == 0) {
            if (hasDefault) {
                return SelectResult.DEFAULT;
            }
            block(g);
        }
        // Random poll order over the cases with non-nil channels (inside-out Fisher-Yates).
        int[] pollorder = new int[ncases];
        int norder = 0;
        for (int i = 0; i < ncases; i++) {
            if (cases[i].c() == null) {
                continue;
            }
            int j = g.m().fastrandn(norder + 1);
            pollorder[norder] = pollorder[j];
            pollorder[j] = i;
            norder++;
        }
        // Lock order: by channel id (insertion sort: selects are small).
        int[] lockorder = new int[norder];
        for (int i = 0; i < norder; i++) {
            int x = pollorder[i];
            long key = cases[x].c().id;
            int k = i;
            while (k > 0 && cases[lockorder[k - 1]].c().id > key) {
                lockorder[k] = lockorder[k - 1];
                k--;
            }
            lockorder[k] = x;
        }

        sellock(cases, lockorder);

        // Pass 1: look for a case that can proceed now.
        for (int k = 0; k < norder; k++) {
            int casi = pollorder[k];
            SelectCase cas = cases[casi];
            Chan c = cas.c();
            if (!cas.isSend()) {
                Sudog sg = c.sendq.dequeue();
                if (sg != null) {
                    Object v = c.recvFrom(sg);
                    selunlock(cases, lockorder);
                    Chan.wake(g, sg);
                    return new SelectResult(casi, v, true);
                }
                if (c.qcount > 0) {
                    Object v = c.bufget();
                    selunlock(cases, lockorder);
                    return new SelectResult(casi, v, true);
                }
                if (c.closed) {
                    selunlock(cases, lockorder);
                    return new SelectResult(casi, c.zero, false);
                }
            } else {
                if (c.closed) {
                    selunlock(cases, lockorder);
                    throw new GoRuntimePanic("send on closed channel");
                }
                Sudog sg = c.recvq.dequeue();
                if (sg != null) {
                    c.sendTo(sg, cas.value());
                    selunlock(cases, lockorder);
                    Chan.wake(g, sg);
                    return new SelectResult(casi, null, false);
                }
                if (c.qcount < c.dataqsiz) {
                    c.bufput(cas.value());
                    selunlock(cases, lockorder);
                    return new SelectResult(casi, null, false);
                }
            }
        }
        if (hasDefault) {
            selunlock(cases, lockorder);
            return SelectResult.DEFAULT;
        }

        // Pass 2: enqueue on every channel (in lock order) and park.
        if (g.waiting() != null) {
            throw new IllegalStateException("runtime: gp.waiting != nil");
        }
        Sudog head = null;
        Sudog tail = null;
        for (int k = 0; k < norder; k++) {
            int casi = lockorder[k];
            SelectCase cas = cases[casi];
            Chan c = cas.c();
            Sudog sg = new Sudog(g);
            sg.isSelect = true;
            sg.elem = cas.isSend() ? cas.value() : null;
            sg.c = c;
            sg.caseIndex = casi;
            if (head == null) {
                head = sg;
            } else {
                tail.waitlink = sg;
            }
            tail = sg;
            if (cas.isSend()) {
                c.sendq.enqueue(sg);
            } else {
                c.recvq.enqueue(sg);
            }
        }
        g.setParam(null);
        g.setWaiting(head);
        g.sched().gopark(g, SELPARKCOMMIT, WaitReason.SELECT);

        // Pass 3: woken by the case in g.param; withdraw from the others.
        sellock(cases, lockorder);
        g.clearSelectDone();
        Sudog won = (Sudog) g.param();
        g.setParam(null);
        g.setWaiting(null);
        int casi = -1;
        boolean caseSuccess = false;
        Object value = null;
        for (Sudog sg = head; sg != null;) {
            Sudog next = sg.waitlink;
            if (sg == won) {
                casi = sg.caseIndex;
                caseSuccess = sg.success;
                value = sg.elem;
            } else {
                Chan c = (Chan) sg.c;
                if (cases[sg.caseIndex].isSend()) {
                    c.sendq.remove(sg);
                } else {
                    c.recvq.remove(sg);
                }
            }
            sg.waitlink = null;
            sg = next;
        }
        if (won == null) {
            throw new IllegalStateException("runtime: selectgo: bad wakeup");
        }
        selunlock(cases, lockorder);
        SelectCase cas = cases[casi];
        if (cas.isSend()) {
            if (!caseSuccess) {
                throw new GoRuntimePanic("send on closed channel");
            }
            return new SelectResult(casi, null, false);
        }
        return new SelectResult(casi, caseSuccess ? value : cas.c().zero, caseSuccess);
    }

    private static void sellock(SelectCase[] cases, int[] lockorder) {
        Chan last = null;
        for (int o : lockorder) {
            Chan c = cases[o].c();
            if (c != last) {
                c.lock.lock();
                last = c;
            }
        }
    }

    private static void selunlock(SelectCase[] cases, int[] lockorder) {
        for (int i = lockorder.length - 1; i >= 0; i--) {
            Chan c = cases[lockorder[i]].c();
            if (i > 0 && c == cases[lockorder[i - 1]].c()) {
                continue; // unlock each channel once
            }
            c.lock.unlock();
        }
    }
}
