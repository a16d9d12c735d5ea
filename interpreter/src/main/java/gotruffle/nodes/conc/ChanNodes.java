package gotruffle.nodes.conc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import gotruffle.nodes.ExprNode;
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

    public static final class Make extends ExprNode {
        private final Object zero;
        @Child private ExprNode size;

        public Make(Object zero, ExprNode size) {
            this.zero = zero;
            this.size = size;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            long n = size == null ? 0 : size.executeLong(frame);
            if (n < 0 || n > Integer.MAX_VALUE - 8) {
                throw RuntimePanics.plain("makechan: size out of range", this);
            }
            return make((int) n);
        }

        @TruffleBoundary
        private Chan make(int n) {
            return new Chan(n, zero);
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

        @TruffleBoundary
        private Object recv(G g, Chan c) {
            Recv r = Chan.chanrecv2(g, c);
            Object v = aggregate && !r.ok() ? Values.copyAggregate(r.value()) : r.value();
            return commaOk ? new Object[]{v, r.ok()} : v;
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
