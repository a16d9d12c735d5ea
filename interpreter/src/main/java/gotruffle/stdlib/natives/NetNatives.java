package gotruffle.stdlib.natives;

import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.runtime.netpoll.NetFD;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.time.Timer;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Natives of package net: sockets of the runtime's netpoller ({@link NetFD}). A goroutine whose
 * socket operation would block parks in "IO wait"; no thread waits. Failures come back as Go's
 * errno texts ("connection refused"), or "closing"/"timeout" for a closed socket or a passed
 * deadline; net's Go code wraps them in *OpError. IP addresses travel as raw byte strings.
 */
public final class NetNatives {
    private NetNatives() {}

    /** Go's listen backlog: the kernel's maximum (somaxconn), as Go reads it. */
    private static final int BACKLOG = somaxconn();
    /** Largest chunk copied per socket call (reads return at most this much). */
    private static final int CHUNK = 64 * 1024;

    /** A socket with its copy buffers (used under the socket's read/write locks). */
    static final class Sock {
        final NetFD fd;
        ByteBuffer rbuf;
        ByteBuffer wbuf;

        Sock(NetFD fd) {
            this.fd = fd;
        }

        ByteBuffer rbuf(int n) {
            int want = Math.min(n, CHUNK);
            if (rbuf == null || rbuf.capacity() < want) {
                rbuf = ByteBuffer.allocate(Math.max(want, 512));
            }
            rbuf.clear().limit(want);
            return rbuf;
        }

        ByteBuffer wbuf(int n) {
            int want = Math.min(n, CHUNK);
            if (wbuf == null || wbuf.capacity() < want) {
                wbuf = ByteBuffer.allocate(Math.max(want, 512));
            }
            wbuf.clear().limit(want);
            return wbuf;
        }
    }

    static G g(Fiber f) {
        return f.g;
    }

    static Sched sched(Fiber f) {
        return g(f).sched();
    }

    /** A socket call; its failure becomes Go's errno text. */
    @FunctionalInterface
    interface SockCall {
        Object call() throws IOException;
    }

    /** The native's result for a failed call, given the errno text. */
    @FunctionalInterface
    interface Failure {
        Object of(String errno);
    }

    private static Object call(SockCall c, Failure fail) {
        try {
            return c.call();
        } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            return fail.of(errno(e));
        }
    }

    /** call() holding the socket's read or write lock (Go's fdMutex), which may park. */
    private static Object locked(Sock s, G g, boolean read, SockCall c, Failure fail) {
        if (read) {
            s.fd.readLock(g);
        } else {
            s.fd.writeLock(g);
        }
        try {
            return call(c, fail);
        } finally {
            if (read) {
                s.fd.readUnlock(g);
            } else {
                s.fd.writeUnlock(g);
            }
        }
    }

    private static final Failure ERRNO = e -> e;

    public static void register(Map<String, Native> t) {
        // listenTCP(family, ip, port) (h, sc, errno)
        t.put("net.listenTCP", (ctx, f, a) -> call(() -> {
            InetSocketAddress addr = new InetSocketAddress(inet(family(a[0]), (String) a[1]), port(a[2]));
            return new Object[] {new Sock(NetFD.listenTCP(sched(f).netpoll(), family(a[0]), addr, BACKLOG)), "", ""};
        }, e -> new Object[] {null, "bind", e}));
        // openTCP(family, lip, lport) (h, sc, errno): a socket, bound if lip or lport is given
        t.put("net.openTCP", (ctx, f, a) -> call(() -> {
            String lip = (String) a[1];
            int lport = port(a[2]);
            InetSocketAddress local = lip.isEmpty() && lport == 0 ? null : new InetSocketAddress(inet(family(a[0]), lip), lport);
            return new Object[] {new Sock(NetFD.openTCP(sched(f).netpoll(), family(a[0]), local)), "", ""};
        }, e -> new Object[] {null, "bind", e}));
        // connect(h, ip, port) errno
        t.put("net.connect", (ctx, f, a) -> call(() -> {
            ((Sock) a[0]).fd.connect(g(f), new InetSocketAddress(inet(null, (String) a[1]), port(a[2])));
            return "";
        }, ERRNO));
        // openUDP(family, lip, lport, rip, rport) (h, sc, errno)
        t.put("net.openUDP", (ctx, f, a) -> {
            ProtocolFamily fam = family(a[0]);
            boolean connect = !((String) a[3]).isEmpty();
            return call(() -> {
                InetSocketAddress local = new InetSocketAddress(inet(fam, (String) a[1]), port(a[2]));
                InetSocketAddress remote = connect ? new InetSocketAddress(inet(fam, (String) a[3]), port(a[4])) : null;
                return new Object[] {new Sock(NetFD.openUDP(sched(f).netpoll(), fam, local, remote)), "", ""};
            }, e -> new Object[] {null, connect ? "connect" : "bind", e});
        });
        // sockName(h, peer) (ip, port): port -1 if there is none (closed, unconnected)
        t.put("net.sockName", (ctx, f, a) -> call(() -> {
            NetworkChannel ch = ((Sock) a[0]).fd.channel();
            SocketAddress sa = (Boolean) a[1] ? remoteAddress(ch) : ch.getLocalAddress();
            if (sa instanceof InetSocketAddress isa) {
                return new Object[] {ipString(isa.getAddress()), (long) isa.getPort()};
            }
            return new Object[] {"", -1L};
        }, e -> new Object[] {"", -1L}));
        // accept(h) (c, errno)
        t.put("net.accept", (ctx, f, a) -> {
            Sock s = (Sock) a[0];
            G g = g(f);
            return locked(s, g, true, () -> new Object[] {new Sock(s.fd.accept(g)), ""}, e -> new Object[] {null, e});
        });
        // read(h, b) (n, errno): n = -1 at end of stream
        t.put("net.read", (ctx, f, a) -> {
            Sock s = (Sock) a[0];
            GoSlice b = (GoSlice) a[1];
            G g = g(f);
            return locked(s, g, true, () -> {
                ByteBuffer buf = s.rbuf(b.len);
                int n = s.fd.read(g, buf);
                if (n > 0) {
                    buf.flip();
                    ByteSlices.copyIn(b, buf);
                }
                return new Object[] {(long) n, ""};
            }, e -> new Object[] {0L, e});
        });
        // write(h, b) (n, errno): all of b unless an error stops it
        t.put("net.write", (ctx, f, a) -> {
            Sock s = (Sock) a[0];
            GoSlice b = (GoSlice) a[1];
            G g = g(f);
            int len = ByteSlices.len(b);
            int[] done = {0};
            return locked(s, g, false, () -> {
                do {
                    int n = Math.min(len - done[0], CHUNK);
                    ByteBuffer buf = s.wbuf(n);
                    ByteSlices.copyOut(buf, b, done[0], n);
                    buf.flip();
                    try {
                        s.fd.write(g, buf);
                    } finally {
                        done[0] += buf.position();
                    }
                } while (done[0] < len);
                return new Object[] {(long) done[0], ""};
            }, e -> new Object[] {(long) done[0], e});
        });
        // readFrom(h, b) (n, ip, port, errno)
        t.put("net.readFrom", (ctx, f, a) -> {
            Sock s = (Sock) a[0];
            GoSlice b = (GoSlice) a[1];
            G g = g(f);
            return locked(s, g, true, () -> {
                ByteBuffer buf = s.rbuf(Math.max(ByteSlices.len(b), 1));
                if (b == null || b.len == 0) {
                    buf.limit(0);
                }
                InetSocketAddress from = (InetSocketAddress) s.fd.receive(g, buf);
                buf.flip();
                int n = buf.remaining();
                ByteSlices.copyIn(b, buf);
                return new Object[] {(long) n, ipString(from.getAddress()), (long) from.getPort(), ""};
            }, e -> new Object[] {0L, "", 0L, e});
        });
        // writeTo(h, b, ip, port) (n, errno)
        t.put("net.writeTo", (ctx, f, a) -> {
            Sock s = (Sock) a[0];
            GoSlice b = (GoSlice) a[1];
            G g = g(f);
            int n = ByteSlices.len(b);
            return locked(s, g, false, () -> {
                ByteBuffer buf = ByteBuffer.allocate(n);
                ByteSlices.copyOut(buf, b, 0, n);
                buf.flip();
                s.fd.send(g, buf, new InetSocketAddress(inet(null, (String) a[2]), port(a[3])));
                return new Object[] {(long) n, ""};
            }, e -> new Object[] {0L, e});
        });
        t.put("net.closeFD", (ctx, f, a) -> call(() -> {
            ((Sock) a[0]).fd.close(g(f));
            return "";
        }, ERRNO));
        t.put("net.shutdownFD", (ctx, f, a) -> call(() -> {
            ((Sock) a[0]).fd.shutdown((Boolean) a[1]);
            return "";
        }, ERRNO));
        // setDeadline(h, d, read, write) errno: d ns from now, 0 none, < 0 already passed
        t.put("net.setDeadline", (ctx, f, a) -> call(() -> {
            long d = (Long) a[1];
            long when = d == 0 ? 0 : d < 0 ? -1 : Timer.when(Sched.nanotime(), d);
            ((Sock) a[0]).fd.setDeadline(g(f), when, (Boolean) a[2], (Boolean) a[3]);
            return "";
        }, ERRNO));
        // setSockopt(h, name, value) errno
        t.put("net.setSockopt", (ctx, f, a) -> call(() -> {
            NetworkChannel ch = ((Sock) a[0]).fd.channel();
            int v = (int) (long) (Long) a[2];
            switch ((String) a[1]) {
                case "nodelay" -> ch.setOption(StandardSocketOptions.TCP_NODELAY, v != 0);
                case "keepalive" -> ch.setOption(StandardSocketOptions.SO_KEEPALIVE, v != 0);
                case "linger" -> ch.setOption(StandardSocketOptions.SO_LINGER, v);
                case "rcvbuf" -> ch.setOption(StandardSocketOptions.SO_RCVBUF, v);
                case "sndbuf" -> ch.setOption(StandardSocketOptions.SO_SNDBUF, v);
                default -> {
                    return "protocol not available";
                }
            }
            return "";
        }, ERRNO));
        // lookupHost(host) (addrs, errno): the JVM's resolver (hosts file, then DNS), in a syscall
        t.put("net.lookupHost", (ctx, f, a) -> {
            String host = Utf8.toJava((String) a[0]);
            G g = g(f);
            InetAddress[] found;
            g.sched().entersyscall(g);
            try {
                found = InetAddress.getAllByName(host);
            } catch (UnknownHostException | SecurityException e) {
                found = null;
            } finally {
                g.sched().exitsyscall(g);
            }
            if (found == null || found.length == 0) {
                return new Object[] {null, "no such host"};
            }
            Set<String> texts = new LinkedHashSet<>();
            for (InetAddress ia : found) {
                texts.add(ia.getHostAddress().replaceFirst("%.*$", ""));
            }
            Object[] out = texts.toArray();
            return new Object[] {new GoSlice(out, 0, out.length, out.length), ""};
        });
        t.put("net.nameserver", (ctx, f, a) -> nameserver());
    }

    private static SocketAddress remoteAddress(NetworkChannel ch) throws IOException {
        if (ch instanceof SocketChannel sc) {
            return sc.getRemoteAddress();
        }
        if (ch instanceof DatagramChannel dc) {
            return dc.getRemoteAddress();
        }
        return null;
    }

    private static int port(Object o) {
        long p = (Long) o;
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("invalid port");
        }
        return (int) p;
    }

    private static ProtocolFamily family(Object o) {
        long fam = (Long) o;
        return fam == 4 ? StandardProtocolFamily.INET : fam == 6 ? StandardProtocolFamily.INET6 : null;
    }

    /** The address of a raw IP byte string ("" is the wildcard of the family). */
    private static InetAddress inet(ProtocolFamily fam, String raw) throws UnknownHostException {
        if (raw.isEmpty()) {
            return InetAddress.getByAddress(new byte[fam == StandardProtocolFamily.INET ? 4 : 16]);
        }
        return InetAddress.getByAddress(ByteSlices.ofByteString(raw));
    }

    private static String ipString(InetAddress ia) {
        return ia == null ? "" : ByteSlices.byteString(ia.getAddress());
    }

    /**
     * Go's errno text for a failed socket operation. The natives catch only IOException and the
     * unchecked exceptions channels document for bad arguments or states; anything else is a
     * bug of ours and propagates.
     */
    static String errno(Exception e) {
        if (e == NetFD.PollError.CLOSING) {
            return "closing";
        }
        if (e == NetFD.PollError.TIMEOUT) {
            return "timeout";
        }
        if (e instanceof ClosedChannelException) {
            return "closing";
        }
        if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
            return "no such host";
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return "address family not supported by protocol";
        }
        if (e instanceof NotYetConnectedException) {
            return "transport endpoint is not connected";
        }
        if (e instanceof AlreadyConnectedException) {
            return "transport endpoint is already connected";
        }
        if (e instanceof IllegalArgumentException) {
            return "invalid argument";
        }
        String m = e.getMessage();
        if (m == null) {
            return "input/output error";
        }
        String low = m.toLowerCase();
        // The JDK's texts are strerror's, with a few of its own.
        if (low.startsWith("connection reset")) {
            return "connection reset by peer";
        }
        if (low.contains("(") && low.endsWith(")")) {
            low = low.substring(0, low.lastIndexOf('(')).trim();
        }
        return Utf8.fromJava(low);
    }

    private static int somaxconn() {
        try {
            // readAllLines: readString trusts procfs's size of 0 and returns a truncated text
            return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 4096;
        }
    }

    /** The first nameserver of /etc/resolv.conf as "ip:53", for Go's DNS error texts. */
    private static String nameserver() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
                String[] w = line.trim().split("\\s+");
                if (w.length >= 2 && w[0].equals("nameserver")) {
                    String ip = w[1];
                    return ip.contains(":") ? "[" + ip + "]:53" : ip + ":53";
                }
            }
        } catch (IOException | RuntimeException e) {
            // no resolver configuration
        }
        return "";
    }
}
