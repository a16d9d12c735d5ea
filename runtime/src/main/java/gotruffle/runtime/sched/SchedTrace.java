package gotruffle.runtime.sched;

import java.util.List;

/**
 * GODEBUG=schedtrace=N output in Go 1.19's format (proc.go schedtrace), e.g.
 * {@code SCHED 10ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 idlethreads=1 runqueue=0 [0 0]};
 * scheddetail=1 adds per-P, per-M (newest first, like Go's allm list) and per-G lines. Values
 * are read racily, as Go does.
 */
final class SchedTrace {
    private SchedTrace() {
    }

    static void print(Sched sched, boolean detailed) {
        long now = Sched.nanotime();
        if (sched.traceStart == 0) {
            sched.traceStart = now;
        }
        StringBuilder sb = new StringBuilder();
        List<M> ms;
        sched.lock.lock();
        try {
            P[] allp = sched.allp;
            ms = List.copyOf(sched.allm);
            sb.append("SCHED ").append((now - sched.traceStart) / 1_000_000).append("ms: gomaxprocs=")
                            .append(sched.gomaxprocs).append(" idleprocs=").append(sched.npidle.get())
                            .append(" threads=").append(ms.size()).append(" spinningthreads=")
                            .append(sched.nmspinning.get()).append(" idlethreads=").append(sched.nmidle)
                            .append(" runqueue=").append(sched.runqsize);
            if (detailed) {
                sb.append(" gcwaiting=").append(sched.gcwaiting ? 1 : 0).append(" nmidlelocked=")
                                .append(sched.nmidlelocked).append(" stopwait=")
                                .append(sched.stopwait).append(" sysmonwait=").append(sched.sysmonwait ? 1 : 0)
                                .append('\n');
            }
            for (int i = 0; i < allp.length; i++) {
                P pp = allp[i];
                M mp = pp.m;
                if (detailed) {
                    sb.append("  P").append(i).append(": status=").append(pp.status()).append(" schedtick=")
                                    .append(pp.schedtick).append(" syscalltick=").append(pp.syscalltick)
                                    .append(" m=").append(mp == null ? -1 : mp.id).append(" runqsize=")
                                    .append(pp.runqsize()).append(" gfreecnt=0 timerslen=")
                                    .append(pp.timers.size()).append('\n');
                } else {
                    sb.append(' ');
                    if (i == 0) {
                        sb.append('[');
                    }
                    sb.append(pp.runqsize());
                    if (i == allp.length - 1) {
                        sb.append("]\n");
                    }
                }
            }
            if (detailed) {
                for (int i = ms.size() - 1; i >= 0; i--) {
                    M mp = ms.get(i);
                    P pp = mp.p;
                    G gp = mp.curg;
                    sb.append("  M").append(mp.id).append(": p=").append(pp == null ? -1 : pp.id).append(" curg=")
                                    .append(gp == null ? -1 : gp.goid).append(" mallocing=0 throwing=0 preemptoff=")
                                    .append(" locks=0 dying=").append(sched.isDying() ? 1 : 0).append(" spinning=")
                                    .append(mp.spinning).append(" blocked=").append(mp.blocked).append(" lockedg=-1\n");
                }
                for (G gp : sched.allGoroutines()) {
                    M mp = gp.m;
                    sb.append("  G").append(gp.goid).append(": status=").append(gp.status()).append('(')
                                    .append(gp.waitreason).append(") m=").append(mp == null ? -1 : mp.id)
                                    .append(" lockedm=-1\n");
                }
            }
        } finally {
            sched.lock.unlock();
        }
        sched.err.print(sb);
        sched.err.flush();
    }
}
