package gotruffle.nodes.conc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.OutOfMemory;
import gotruffle.nodes.RuntimePanics;
import gotruffle.nodes.StmtNode;
import gotruffle.runtime.GoRuntimePanic;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.chan.Recv;
import gotruffle.runtime.sched.G;
import gotruffle.values.Values;

/**
 * make(chan T, n), ch <- v, <-ch, close(ch) on the runtime's hchan. Blocking happens inside the
 * runtime (the goroutine's continuation parks), so each call sits behind a TruffleBoundary.
 */
public final class ChanNodes {
    private ChanNodes() {}

    static RuntimeException panic(GoRuntimePanic e, Node n) {
        return RuntimePanics.plain(e.getMessage(), n);
    }

    /**
     * make(chan T, n) with Go's makechan rules: a negative size, or a buffer past maxAlloc, is the
     * panic "makechan: size out of range"; elements of size 0 allow any size; a buffer within
     * maxAlloc that cannot be had (more elements than a Java array holds) is Go's fatal
     * "runtime: out of memory". The buffer itself grows as it fills (Chan).
     */
    public static final class Make extends ExprNode {
        /** The hchan header Go allocates with the buffer. */
        private static final long HCHAN_BYTES = 96;
        private final Object zero;
        private final long elemSize;
        @Child private ExprNode size;

        public Make(Object zero, long elemSize, ExprNode size) {
            this.zero = zero;
            this.elemSize = elemSize;
            this.size = size;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            long n = size == null ? 0 : size.executeLong(frame);
            if (n < 0 || n > Chan.MAX_BUF) {
                checkMakechan(n, (Fiber) frame.getArguments()[0]);
            }
            return make(n);
        }

        @TruffleBoundary
        private void checkMakechan(long n, Fiber fiber) {
            if (n < 0 || elemSize != 0 && n > (OutOfMemory.MAX_ALLOC - HCHAN_BYTES) / elemSize) {
                throw RuntimePanics.plain("makechan: size out of range", this);
            }
            if (elemSize != 0) {
                throw OutOfMemory.fatal(this, fiber);
            }
        }

        @TruffleBoundary
        private Chan make(long n) {
            return new Chan(n, zero, elemSize == 0);
        }
    }

    public static final class Send extends StmtNode {
        @Child private ExprNode ch;
        @Child private ExprNode value;

        public Send(ExprNode ch, ExprNode value) {
            this.ch = ch;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Chan c = (Chan) ch.execute(frame);
            Object v = value.execute(frame);
            send(Goroutines.g(frame), c, v);
        }

        @TruffleBoundary
        private void send(G g, Chan c, Object v) {
            try {
                Chan.chansend(g, c, v);
            } catch (GoRuntimePanic e) {
                throw panic(e, this);
            }
        }
    }

    /** <-ch, or v, ok := <-ch when commaOk ({value, ok}). Aggregate zero values are copied per receive. */
    public static final class Recv2 extends ExprNode {
        @Child private ExprNode ch;
        private final boolean commaOk;
        private final boolean aggregate;

        public Recv2(ExprNode ch, boolean commaOk, boolean aggregate) {
            this.ch = ch;
            this.commaOk = commaOk;
            this.aggregate = aggregate;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Chan c = (Chan) ch.execute(frame);
            return recv(Goroutines.g(frame), c);
        }

        /** This receive as a statement (its value unused). */
        public StmtNode asStatement() {
            return new RecvStmt(ch);
        }

        @TruffleBoundary
        private Object recv(G g, Chan c) {
            Recv r = Chan.chanrecv2(g, c);
            Object v = aggregate && !r.ok() ? Values.copyAggregate(r.value()) : r.value();
            return commaOk ? new Object[]{v, r.ok()} : v;
        }
    }

    /**
     * {@code <-c} as a statement: receives from here rather than through an expression statement
     * around {@link Recv2}, so a goroutine parked in it keeps one frame less on its stack (every
     * Java frame under a park is copied into the goroutine's stack chunk: bench/parked.go).
     */
    public static final class RecvStmt extends StmtNode {
        @Child private ExprNode ch;

        public RecvStmt(ExprNode ch) {
            this.ch = ch;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Chan c = (Chan) ch.execute(frame);
            recv(Goroutines.g(frame), c);
        }

        @TruffleBoundary
        private static void recv(G g, Chan c) {
            Chan.chanrecv(g, c);
        }
    }

    public static final class Close extends ExprNode {
        @Child private ExprNode ch;

        public Close(ExprNode ch) {
            this.ch = ch;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            close(Goroutines.g(frame), (Chan) ch.execute(frame));
            return null;
        }

        @TruffleBoundary
        private void close(G g, Chan c) {
            try {
                Chan.closechan(g, c);
            } catch (GoRuntimePanic e) {
                throw panic(e, this);
            }
        }
    }

    /** range over a channel: receive until closed. */
    public static Object[] rangeRecv(VirtualFrame frame, Object ch) {
        return recvPair(Goroutines.g(frame), (Chan) ch);
    }

    @TruffleBoundary
    private static Object[] recvPair(G g, Chan c) {
        Recv r = Chan.chanrecv2(g, c);
        return new Object[]{r.value(), r.ok()};
    }
}
