package gotruffle.runtime.netpoll;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sync.Mutex;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A network socket as Go's internal/poll.FD sees it: a non-blocking NIO channel plus its
 * {@link PollDesc}. Every operation first tries the channel; when it would block, the goroutine
 * parks in the poller ({@code IO wait}) and tries again when the socket is ready. No thread ever
 * blocks in I/O.
 *
 * <p>Failures are thrown: {@link PollError#CLOSING} (Go's ErrNetClosing, "use of closed network
 * connection"), {@link PollError#TIMEOUT} (a deadline passed), or the channel's IOException.
 * Readers and writers are serialized by {@link #readLock}/{@link #writeLock} (Go's fdMutex), held
 * across parks; callers that copy out of a shared buffer do so while holding them.
 */
public final class NetFD {
    /** Go's poll errors, thrown without a stack trace (they are control flow, not bugs). */
    public static final class PollError extends IOException {
        public static final PollError CLOSING = new PollError("use of closed network connection");
        public static final PollError TIMEOUT = new PollError("i/o timeout");

        private PollError(String msg) {
            super(msg);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final NetworkChannel ch;
    public final PollDesc pd;
    private final Mutex rmu = new Mutex();
    private final Mutex wmu = new Mutex();

    private NetFD(NetPoll np, NetworkChannel ch, int readOp, int writeOp) throws IOException {
        this.ch = ch;
        this.pd = new PollDesc(np, (SelectableChannel) ch, readOp, writeOp);
    }

    public NetworkChannel channel() {
        return ch;
    }

    // ------------------------------------------------------------------ creating sockets

    /** A TCP listener bound to addr (SO_REUSEADDR on, as Go sets it); family null: the default. */
    public static NetFD listenTCP(NetPoll np, ProtocolFamily family, InetSocketAddress addr, int backlog) throws IOException {
        ServerSocketChannel s = family == null ? ServerSocketChannel.open() : ServerSocketChannel.open(family);
        try {
            s.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            s.bind(addr, backlog);
            s.configureBlocking(false);
            return new NetFD(np, s, SelectionKey.OP_ACCEPT, 0);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** An unconnected TCP socket, bound to laddr if not null; {@link #connect} connects it. */
    public static NetFD openTCP(NetPoll np, ProtocolFamily family, InetSocketAddress laddr) throws IOException {
        SocketChannel s = family == null ? SocketChannel.open() : SocketChannel.open(family);
        try {
            s.configureBlocking(false);
            if (laddr != null) {
                s.bind(laddr);
            }
            return new NetFD(np, s, SelectionKey.OP_READ, SelectionKey.OP_CONNECT);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Connects to raddr, parking until the connection is made or refused, or the write deadline
     * passes (Go's netFD.connect: the dialer sets that deadline). The socket stays open on failure.
     */
    public void connect(G gp, InetSocketAddress raddr) throws IOException {
        check(pd.prepare(false));
        if (!(Boolean) attempt(START_CONNECT, raddr)) {
            for (;;) {
                check(pd.waitWrite(gp));
                if ((Boolean) attempt(FINISH_CONNECT, null)) {
                    break;
                }
            }
        }
        pd.setWriteOp(SelectionKey.OP_WRITE);
        tcpDefaults();
    }

    /** Connects a new TCP socket to raddr; {@code deadline} is a nanotime (0: none). */
    public static NetFD connectTCP(G gp, NetPoll np, InetSocketAddress raddr, InetSocketAddress laddr, long deadline)
                    throws IOException {
        NetFD fd = openTCP(np, null, laddr);
        try {
            if (deadline != 0) {
                fd.pd.setDeadline(gp, deadline, false, true);
            }
            fd.connect(gp, raddr);
            if (deadline != 0) {
                fd.pd.setDeadline(gp, 0, false, true);
            }
            return fd;
        } catch (IOException | RuntimeException e) {
            fd.close(gp);
            throw e;
        }
    }

    /** A UDP socket bound to laddr (any port if null), connected to raddr if not null. */
    public static NetFD openUDP(NetPoll np, ProtocolFamily family, InetSocketAddress laddr, InetSocketAddress raddr)
                    throws IOException {
        DatagramChannel d = family == null ? DatagramChannel.open() : DatagramChannel.open(family);
        try {
            d.configureBlocking(false);
            if (laddr != null) {
                d.bind(laddr);
            }
            if (raddr != null) {
                d.connect(raddr);
            }
            return new NetFD(np, d, SelectionKey.OP_READ, SelectionKey.OP_WRITE);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Go's defaults for TCP connections: no Nagle delay, keep-alive on. */
    private void tcpDefaults() throws IOException {
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ch.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
    }

    private static void check(int pollErr) throws PollError {
        switch (pollErr) {
            case PollDesc.OK -> {
            }
            case PollDesc.ERR_CLOSING -> throw PollError.CLOSING;
            default -> throw PollError.TIMEOUT;
        }
    }

    // ------------------------------------------------------------------ operations (G side)

    public void readLock(G gp) {
        rmu.lock(gp);
    }

    public void readUnlock(G gp) {
        rmu.unlock(gp);
    }

    public void writeLock(G gp) {
        wmu.lock(gp);
    }

    public void writeUnlock(G gp) {
        wmu.unlock(gp);
    }

    /*
     * Every channel call below goes through attempt(), a call the JIT cannot inline. The loops
     * park (the goroutine's continuation yields) and may resume on another thread; a JIT-compiled
     * activation that spans such a yield keeps the Thread.currentThread() it saw before it (the
     * JIT treats it as constant), and NIO channels lock per thread (ReentrantLock): inlined into
     * these loops, a read would lock as one thread and unlock as another (IllegalMonitorState,
     * a lock held forever). attempt() runs each call in a fresh activation on the right thread.
     */
    private static final int ACCEPT = 0, READ = 1, WRITE = 2, RECEIVE = 3, SEND = 4, START_CONNECT = 5, FINISH_CONNECT = 6, CLOSE = 7;

    /** Not final on purpose: a non-constant MethodHandle is a call the JIT does not inline through. */
    private static MethodHandle attemptHandle = attemptHandle();

    private static MethodHandle attemptHandle() {
        try {
            return MethodHandles.lookup().findStatic(NetFD.class, "doAttempt",
                            MethodType.methodType(Object.class, NetFD.class, int.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Object attempt(int op, Object a) throws IOException {
        return attempt(op, a, null);
    }

    private Object attempt(int op, Object a, Object b) throws IOException {
        try {
            return (Object) attemptHandle.invokeExact(this, op, a, b);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** One non-blocking channel call: its result, or null / 0 / false when it would block. */
    private static Object doAttempt(NetFD fd, int op, Object a, Object b) throws IOException {
        try {
            switch (op) {
                case ACCEPT -> {
                    return ((ServerSocketChannel) fd.ch).accept();
                }
                case READ -> {
                    return ((ReadableByteChannel) fd.ch).read((ByteBuffer) a);
                }
                case WRITE -> {
                    return ((WritableByteChannel) fd.ch).write((ByteBuffer) a);
                }
                case RECEIVE -> {
                    return ((DatagramChannel) fd.ch).receive((ByteBuffer) a);
                }
                case SEND -> {
                    return ((DatagramChannel) fd.ch).send((ByteBuffer) a, (SocketAddress) b);
                }
                case START_CONNECT -> {
                    return ((SocketChannel) fd.ch).connect((SocketAddress) a);
                }
                case CLOSE -> {
                    // closing takes the channel's locks too
                    fd.pd.close((G) a);
                    return null;
                }
                default -> {
                    return ((SocketChannel) fd.ch).finishConnect();
                }
            }
        } catch (ClosedChannelException e) {
            throw PollError.CLOSING;
        }
    }

    /** Accepts a connection (read lock held by the caller or not needed). */
    public NetFD accept(G gp) throws IOException {
        check(pd.prepare(true));
        for (;;) {
            SocketChannel c = (SocketChannel) attempt(ACCEPT, null);
            if (c != null) {
                try {
                    c.configureBlocking(false);
                    NetFD fd = new NetFD(pd.poll(), c, SelectionKey.OP_READ, SelectionKey.OP_WRITE);
                    fd.tcpDefaults();
                    return fd;
                } catch (IOException | RuntimeException e) {
                    c.close();
                    throw e;
                }
            }
            check(pd.waitRead(gp));
        }
    }

    /**
     * Reads into dst (read lock held): the byte count, or -1 at end of stream. Parks while there
     * is nothing to read.
     */
    public int read(G gp, ByteBuffer dst) throws IOException {
        check(pd.prepare(true));
        for (;;) {
            int n = (Integer) attempt(READ, dst);
            if (n != 0 || !dst.hasRemaining()) {
                return n;
            }
            check(pd.waitRead(gp));
        }
    }

    /** Writes all of src (write lock held), parking while the socket's buffer is full. */
    public void write(G gp, ByteBuffer src) throws IOException {
        check(pd.prepare(false));
        while (src.hasRemaining()) {
            if ((Integer) attempt(WRITE, src) == 0) {
                check(pd.waitWrite(gp));
            }
        }
    }

    /** Receives one datagram into dst (read lock held); returns its sender. */
    public SocketAddress receive(G gp, ByteBuffer dst) throws IOException {
        check(pd.prepare(true));
        for (;;) {
            SocketAddress from = (SocketAddress) attempt(RECEIVE, dst);
            if (from != null) {
                return from;
            }
            check(pd.waitRead(gp));
        }
    }

    /** Sends src as one datagram to addr (write lock held). */
    public void send(G gp, ByteBuffer src, SocketAddress addr) throws IOException {
        check(pd.prepare(false));
        for (;;) {
            int n = (Integer) attempt(SEND, src, addr);
            if (n != 0 || !src.hasRemaining()) {
                return;
            }
            check(pd.waitWrite(gp));
        }
    }

    /** TCPConn.CloseRead / CloseWrite. */
    public void shutdown(boolean input) throws IOException {
        SocketChannel s = (SocketChannel) ch;
        try {
            if (input) {
                s.shutdownInput();
            } else {
                s.shutdownOutput();
            }
        } catch (ClosedChannelException e) {
            throw PollError.CLOSING;
        }
    }

    /** Closes the socket, waking its waiters with CLOSING. */
    public void close(G gp) throws IOException {
        if (pd.isClosing()) {
            throw PollError.CLOSING;
        }
        attempt(CLOSE, gp);
    }

    /** Sets the deadlines (nanotime, 0 none) of reads, writes or both. */
    public void setDeadline(G gp, long when, boolean read, boolean write) throws IOException {
        if (pd.isClosing()) {
            throw PollError.CLOSING;
        }
        pd.setDeadline(gp, when, read, write);
    }

    public SocketAddress localAddress() throws IOException {
        return ch.getLocalAddress();
    }
}
