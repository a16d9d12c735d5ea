package gotruffle.runtime.netpoll;

import gotruffle.runtime.GoRun;
import gotruffle.runtime.chan.Chan;
import gotruffle.runtime.sched.G;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.SchedConfig;
import gotruffle.runtime.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The netpoller: goroutines park on sockets in "IO wait" and readiness, deadlines or close wake them. */
class NetPollTest {
    static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    static NetFD listen(G g) throws IOException {
        return NetFD.listenTCP(g.sched().netpoll(), null, LOOPBACK, 4096);
    }

    /** What a server does with one accepted connection. */
    interface ConnBody {
        void serve(G g, NetFD c) throws Throwable;
    }

    /** Accepts until the listener closes, serving each connection in a goroutine of its own. */
    static void acceptLoop(G g, NetFD ln, ConnBody body) {
        Sched s = g.sched();
        s.newproc(g, h -> {
            for (;;) {
                NetFD c;
                try {
                    c = ln.accept(h);
                } catch (NetFD.PollError e) {
                    return; // listener closed
                }
                s.newproc(h, e -> body.serve(e, c));
            }
        });
    }

    static InetSocketAddress addr(NetFD fd) throws IOException {
        return (InetSocketAddress) fd.localAddress();
    }

    static void writeString(G g, NetFD fd, String s) throws IOException {
        fd.writeLock(g);
        try {
            fd.write(g, ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1)));
        } finally {
            fd.writeUnlock(g);
        }
    }

    /** Reads exactly n bytes (or until EOF). */
    static String readString(G g, NetFD fd, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        fd.readLock(g);
        try {
            while (b.hasRemaining()) {
                if (fd.read(g, b) < 0) {
                    break;
                }
            }
        } finally {
            fd.readUnlock(g);
        }
        return new String(b.array(), 0, b.position(), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = { 1, 2 })
    void echoServerAndClientsInOneProgram(int procs) {
        int clients = 20;
        int rounds = 50;
        AtomicInteger echoed = new AtomicInteger();
        var r = GoRun.run(procs, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            InetSocketAddress a = addr(ln);
            acceptLoop(g, ln, (e, c) -> {
                ByteBuffer b = ByteBuffer.allocate(64);
                for (;;) {
                    b.clear();
                    c.readLock(e);
                    int n = c.read(e, b);
                    c.readUnlock(e);
                    if (n < 0) {
                        c.close(e);
                        return;
                    }
                    b.flip();
                    c.writeLock(e);
                    c.write(e, b);
                    c.writeUnlock(e);
                }
            });
            WaitGroup wg = new WaitGroup();
            wg.add(g, clients);
            for (int i = 0; i < clients; i++) {
                int id = i;
                s.newproc(g, h -> {
                    NetFD c = NetFD.connectTCP(h, s.netpoll(), a, null, 0);
                    for (int k = 0; k < rounds; k++) {
                        String msg = "client " + id + " round " + k + "\n";
                        writeString(h, c, msg);
                        assertEquals(msg, readString(h, c, msg.length()));
                        echoed.incrementAndGet();
                    }
                    c.close(h);
                    wg.done(h);
                });
            }
            wg.await(g);
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(clients * rounds, echoed.get());
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}")
    @ValueSource(ints = { 1, 2 })
    void halfClosedShortConnections(int procs) {
        AtomicInteger good = new AtomicInteger();
        AtomicReference<Throwable> bad = new AtomicReference<>();
        var r = GoRun.run(procs, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            InetSocketAddress a = addr(ln);
            acceptLoop(g, ln, (e, c) -> {
                ByteBuffer b = ByteBuffer.allocate(4096);
                for (;;) {
                    b.clear();
                    c.readLock(e);
                    int n = c.read(e, b);
                    c.readUnlock(e);
                    if (n < 0) {
                        break;
                    }
                    writeString(e, c, new String(b.array(), 0, n, StandardCharsets.ISO_8859_1).toUpperCase());
                }
                c.close(e);
            });
            WaitGroup wg = new WaitGroup();
            for (int round = 0; round < 10; round++) {
                wg.add(g, 20);
                for (int i = 0; i < 20; i++) {
                    String msg = "short " + i + "\n";
                    s.newproc(g, h -> {
                        try {
                            NetFD c = NetFD.connectTCP(h, s.netpoll(), a, null, 0);
                            writeString(h, c, msg);
                            c.shutdown(false);
                            String reply = readString(h, c, 100);
                            c.close(h);
                            if (reply.equals(msg.toUpperCase())) {
                                good.incrementAndGet();
                            }
                        } catch (IOException e) {
                            bad.set(e);
                        }
                        wg.done(h);
                    });
                }
                wg.await(g);
            }
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(null, bad.get());
        assertEquals(200, good.get());
    }

    @Test
    void everyIOWaitResumesOnAnotherMAndTheChannelsStillWork() {
        // The scheduler's test hook hands each goroutine resuming from a park to a different M:
        // JDK channel code (which locks per thread) must work across those moves.
        AtomicInteger moved = new AtomicInteger();
        Sched.testResumeHook = (gp, reason, parkM, resumeM) -> {
            if (reason.equals("IO wait") && parkM != resumeM) {
                moved.incrementAndGet();
            }
        };
        try {
            for (int i = 0; i < 3; i++) {
                echoServerAndClientsInOneProgram(2);
            }
        } finally {
            Sched.testResumeHook = null;
        }
        assertTrue(moved.get() > 100, moved.get() + " IO waits resumed elsewhere");
    }

    /**
     * Many round trips with every IO wait resumed on another M, long enough for the JIT to
     * compile the read and write loops: channel locks (per thread) must still pair up.
     */
    @Test
    void channelLocksSurviveMigrationsOnceTheLoopsAreCompiled() {
        int rounds = 30_000;
        AtomicInteger done = new AtomicInteger();
        Sched.testResumeHook = (gp, reason, parkM, resumeM) -> { };
        try {
            var r = GoRun.run(SchedConfig.builder().gomaxprocs(2), g -> {
                Sched s = g.sched();
                NetFD ln = listen(g);
                NetFD c = NetFD.connectTCP(g, s.netpoll(), addr(ln), null, 0);
                NetFD server = ln.accept(g);
                Chan finished = new Chan(1);
                s.newproc(g, h -> {
                    ByteBuffer b = ByteBuffer.allocate(1);
                    for (int i = 0; i < rounds; i++) {
                        b.clear();
                        server.read(h, b);
                        b.flip();
                        server.write(h, b);
                    }
                    Chan.chansend(h, finished, 1);
                });
                ByteBuffer b = ByteBuffer.allocate(1);
                for (int i = 0; i < rounds; i++) {
                    b.clear().put((byte) i).flip();
                    c.write(g, b);
                    b.clear();
                    c.read(g, b);
                    if (b.get(0) == (byte) i) {
                        done.incrementAndGet();
                    }
                }
                Chan.chanrecv(g, finished);
                c.close(g);
                server.close(g);
                ln.close(g);
            }, Duration.ofSeconds(180));
            assertEquals(0, r.code(), r.err());
        } finally {
            Sched.testResumeHook = null;
        }
        assertEquals(rounds, done.get());
    }

    @Test
    void readerParksInIOWaitAndADeadlineWakesIt() {
        AtomicReference<String> reason = new AtomicReference<>();
        AtomicReference<Throwable> readErr = new AtomicReference<>();
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            NetFD c = NetFD.connectTCP(g, s.netpoll(), addr(ln), null, 0);
            NetFD server = ln.accept(g);
            Chan done = new Chan(1);
            G reader = s.newproc(g, h -> {
                c.setDeadline(h, Sched.nanotime() + 200_000_000L, true, false);
                try {
                    readString(h, c, 1);
                } catch (IOException e) {
                    readErr.set(e);
                }
                Chan.chansend(h, done, 1);
            });
            // Watch the reader park (no sleep-based synchronisation: poll its state).
            long until = System.nanoTime() + 5_000_000_000L;
            while (reader.status() != G.WAITING && System.nanoTime() < until) {
                s.gosched(g);
            }
            reason.set(Sched.statusString(reader));
            Chan.chanrecv(g, done);
            server.close(g);
            c.close(g);
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
        assertEquals("IO wait", reason.get());
        assertSame(NetFD.PollError.TIMEOUT, readErr.get());
    }

    @Test
    void schedtraceDetailShowsIOWait() {
        var cfg = SchedConfig.builder().gomaxprocs(2).godebug("schedtrace=20,scheddetail=1");
        var r = GoRun.run(cfg, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            G acceptor = s.newproc(g, h -> {
                try {
                    ln.accept(h);
                } catch (NetFD.PollError e) {
                    // closed below
                }
            });
            while (acceptor.status() != G.WAITING) {
                s.gosched(g);
            }
            s.sleep(g, 100_000_000);
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
        assertTrue(Pattern.compile("(?m)^  G2: status=4\\(IO wait\\) m=-1 lockedm=-1$").matcher(r.err()).find(), r.err());
    }

    @Test
    void deadlineInThePastFailsAtOnceAndCanBeCleared() {
        var r = GoRun.run(1, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            NetFD c = NetFD.connectTCP(g, s.netpoll(), addr(ln), null, 0);
            NetFD server = ln.accept(g);
            writeString(g, server, "x");
            c.setDeadline(g, -1, true, true);
            assertThrows(NetFD.PollError.class, () -> readString(g, c, 1));
            c.setDeadline(g, 0, true, true);
            assertEquals("x", readString(g, c, 1));
            server.close(g);
            c.close(g);
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void closeWakesAParkedAcceptAndRead() {
        AtomicReference<Throwable> acceptErr = new AtomicReference<>();
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            Chan done = new Chan(0);
            G acceptor = s.newproc(g, h -> {
                try {
                    ln.accept(h);
                } catch (IOException e) {
                    acceptErr.set(e);
                }
                Chan.chansend(h, done, 1);
            });
            while (acceptor.status() != G.WAITING) {
                s.gosched(g);
            }
            ln.close(g);
            Chan.chanrecv(g, done);
            assertThrows(NetFD.PollError.class, () -> ln.close(g), "second close");
        });
        assertEquals(0, r.code(), r.err());
        assertSame(NetFD.PollError.CLOSING, acceptErr.get());
    }

    @Test
    void connectionRefused() {
        var r = GoRun.run(1, g -> {
            NetFD ln = listen(g);
            InetSocketAddress a = addr(ln);
            ln.close(g);
            assertThrows(ConnectException.class, () -> NetFD.connectTCP(g, g.sched().netpoll(), a, null, 0));
        });
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void goroutinesWaitingOnlyForTheNetworkAreNotADeadlock() {
        // Every goroutine is blocked (main on a channel, one in Read) and every M would be idle;
        // data from outside the program (a plain Java thread) must still wake the reader.
        AtomicReference<String> got = new AtomicReference<>();
        var r = GoRun.run(2, g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            InetSocketAddress a = addr(ln);
            Thread outside = new Thread(() -> {
                try (Socket so = new Socket(a.getAddress(), a.getPort())) {
                    Thread.sleep(200);
                    so.getOutputStream().write("late".getBytes(StandardCharsets.ISO_8859_1));
                    so.getInputStream().read();
                } catch (IOException | InterruptedException e) {
                    // the test fails on the missing data
                }
            });
            outside.setDaemon(true);
            outside.start();
            Chan result = new Chan(0);
            s.newproc(g, h -> {
                NetFD c = ln.accept(h);
                Chan.chansend(h, result, readString(h, c, 4));
                c.close(h);
            });
            got.set((String) Chan.chanrecv(g, result));
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
        assertEquals("late", got.get());
    }

    @Test
    void anOpenListenerWithoutWaitersDoesNotHideADeadlock() {
        var r = GoRun.run(2, g -> {
            listen(g);
            Chan.chanrecv(g, new Chan(0));
        });
        assertEquals(2, r.code());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", r.err());
    }

    @Test
    void timersFireWhileThePollerWaitsInTheSelector() {
        AtomicReference<Long> slept = new AtomicReference<>();
        var r = GoRun.run(1, g -> {
            NetFD ln = listen(g);
            // One goroutine waits in the poller, so sleeps are timed by the selector's waits.
            g.sched().newproc(g, h -> {
                try {
                    ln.accept(h);
                } catch (NetFD.PollError e) {
                    // closed below
                }
            });
            g.sched().sleep(g, 1_000_000);
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                g.sched().sleep(g, 300_000);
            }
            slept.set(System.nanoTime() - t0);
            ln.close(g);
        });
        assertEquals(0, r.code(), r.err());
        // Like Go's epoll waits: never early, at most about 1 ms late each (Go 1.19: ~22 ms here).
        assertTrue(slept.get() >= 6_000_000L, "slept " + slept.get() / 1e6 + " ms");
        assertTrue(slept.get() < 200_000_000L, "slept " + slept.get() / 1e6 + " ms");
    }

    @Test
    void programEndClosesItsSockets() throws Exception {
        AtomicReference<InetSocketAddress> a = new AtomicReference<>();
        var r = GoRun.run(1, g -> a.set(addr(listen(g))));
        assertEquals(0, r.code(), r.err());
        assertThrows(ConnectException.class, () -> new Socket(a.get().getAddress(), a.get().getPort()).close());
    }

    /**
     * 10,000 idle connections parked in Read take no thread each: the peers live in a child JVM
     * (one process cannot hold both ends of 10,000 connections under the usual 20,000-descriptor
     * limit); the thread count is read while all readers are parked.
     */
    @Test
    void tenThousandIdleConnectionsNeedNoThreadEach() throws Exception {
        int n = 10_000;
        AtomicInteger threadsWhileParked = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        AtomicReference<Process> child = new AtomicReference<>();
        var r = GoRun.run(SchedConfig.builder().gomaxprocs(2), g -> {
            Sched s = g.sched();
            NetFD ln = listen(g);
            int port = addr(ln).getPort();
            String javaBin = System.getProperty("java.home") + "/bin/java";
            Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                            ConnectMany.class.getName(), Integer.toString(port), Integer.toString(n))
                            .redirectErrorStream(true).start();
            child.set(p);
            WaitGroup parked = new WaitGroup();
            WaitGroup finished = new WaitGroup();
            parked.add(g, n);
            finished.add(g, n);
            AtomicInteger waiting = new AtomicInteger();
            for (int i = 0; i < n; i++) {
                NetFD c = ln.accept(g);
                s.newproc(g, h -> {
                    waiting.incrementAndGet();
                    parked.done(h);
                    String got = readString(h, c, 1);
                    if (got.equals("x")) {
                        served.incrementAndGet();
                    }
                    c.close(h);
                    finished.done(h);
                });
            }
            parked.await(g);
            // Let every reader reach the poller, then count.
            long until = System.nanoTime() + 10_000_000_000L;
            while (s.netpoll().waiters() < n && System.nanoTime() < until) {
                s.sleep(g, 1_000_000);
            }
            threadsWhileParked.set(ManagementFactory.getThreadMXBean().getThreadCount());
            assertEquals(n, s.netpoll().waiters());
            OutputStream go = p.getOutputStream();
            go.write('\n');
            go.flush();
            finished.await(g);
            ln.close(g);
        }, Duration.ofSeconds(120));
        Process p = child.get();
        if (p != null) {
            try (InputStream out = p.getInputStream()) {
                p.waitFor(30, TimeUnit.SECONDS);
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, r.code(), r.err() + text);
            } finally {
                p.destroyForcibly();
            }
        }
        assertEquals(0, r.code(), r.err());
        assertEquals(n, served.get());
        assertTrue(threadsWhileParked.get() < 200, threadsWhileParked.get() + " JVM threads for " + n + " parked connections");
    }

    /** The child JVM: opens n connections, waits for a line on stdin, then sends "x" on each. */
    public static final class ConnectMany {
        public static void main(String[] args) throws Exception {
            int port = Integer.parseInt(args[0]);
            int n = Integer.parseInt(args[1]);
            Socket[] socks = new Socket[n];
            for (int i = 0; i < n; i++) {
                socks[i] = new Socket(InetAddress.getLoopbackAddress(), port);
            }
            System.in.read();
            for (Socket so : socks) {
                so.getOutputStream().write('x');
            }
            for (Socket so : socks) {
                so.getInputStream().read(); // EOF when the server closes
                so.close();
            }
        }
    }
}
