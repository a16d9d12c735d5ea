package gotruffle.runtime.netpoll;

import gotruffle.runtime.sched.G;
import gotruffle.runtime.sync.Mutex;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

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
        this.pd = new PollDesc(np, (java.nio.channels.SelectableChannel) ch, readOp, writeOp);
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
        SocketChannel s = (SocketChannel) ch;
        check(pd.prepare(false));
        try {
            if (!s.connect(raddr)) {
                for (;;) {
                    check(pd.waitWrite(gp));
                    if (s.finishConnect()) {
                        break;
                    }
                }
            }
        } catch (ClosedChannelException e) {
            throw PollError.CLOSING;
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

    /** Accepts a connection (read lock held by the caller or not needed). */
    public NetFD accept(G gp) throws IOException {
        ServerSocketChannel s = (ServerSocketChannel) ch;
        check(pd.prepare(true));
        for (;;) {
            SocketChannel c;
            try {
                c = s.accept();
            } catch (ClosedChannelException e) {
                throw PollError.CLOSING;
            }
            if (c != null) {
                try {
                    c.configureBlocking(false);
                    NetFD fd = new NetFD(pdPoll(), c, SelectionKey.OP_READ, SelectionKey.OP_WRITE);
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

    private NetPoll pdPoll() {
        return pd.poll();
    }

    /**
     * Reads into dst (read lock held): the byte count, or -1 at end of stream. Parks while there
     * is nothing to read.
     */
    public int read(G gp, ByteBuffer dst) throws IOException {
        java.nio.channels.ReadableByteChannel r = (java.nio.channels.ReadableByteChannel) ch;
        check(pd.prepare(true));
        for (;;) {
            int n;
            try {
                n = r.read(dst);
            } catch (ClosedChannelException e) {
                throw PollError.CLOSING;
            }
            if (n != 0 || !dst.hasRemaining()) {
                return n;
            }
            check(pd.waitRead(gp));
        }
    }

    /** Writes all of src (write lock held), parking while the socket's buffer is full. */
    public void write(G gp, ByteBuffer src) throws IOException {
        java.nio.channels.WritableByteChannel w = (java.nio.channels.WritableByteChannel) ch;
        check(pd.prepare(false));
        while (src.hasRemaining()) {
            int n;
            try {
                n = w.write(src);
            } catch (ClosedChannelException e) {
                throw PollError.CLOSING;
            }
            if (n == 0) {
                check(pd.waitWrite(gp));
            }
        }
    }

    /** Receives one datagram into dst (read lock held); returns its sender. */
    public SocketAddress receive(G gp, ByteBuffer dst) throws IOException {
        DatagramChannel d = (DatagramChannel) ch;
        check(pd.prepare(true));
        for (;;) {
            SocketAddress from;
            try {
                from = d.receive(dst);
            } catch (ClosedChannelException e) {
                throw PollError.CLOSING;
            }
            if (from != null) {
                return from;
            }
            check(pd.waitRead(gp));
        }
    }

    /** Sends src as one datagram to addr (write lock held). */
    public void send(G gp, ByteBuffer src, SocketAddress addr) throws IOException {
        DatagramChannel d = (DatagramChannel) ch;
        check(pd.prepare(false));
        for (;;) {
            int n;
            try {
                n = d.send(src, addr);
            } catch (ClosedChannelException e) {
                throw PollError.CLOSING;
            }
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
        pd.close(gp);
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
