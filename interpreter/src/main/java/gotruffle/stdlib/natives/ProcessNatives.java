package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;
import gotruffle.values.GoStrings;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Natives of internal/osproc: child processes for os.Process.Wait and os/exec, on java.lang.Process.
 * Children are known by pid (what os.Process holds), so FindProcess(pid).Wait() of a child works
 * as on Unix. Its pipes stay readable after the wait (os/exec drains them then); a child is
 * forgotten once it was waited for and all three of its ends were closed.
 */
public final class ProcessNatives {
    private ProcessNatives() {}

    private static final long ENOENT = 2, EBADF = 9, ECHILD = 10, EACCES = 13, EPIPE = 32;

    /** Stdio modes of Start: the null device, a pipe to the parent, or (stderr only) the stdout pipe. */
    private static final long NULL = 0, PIPE = 1, MERGE = 2;

    private static final class Child {
        final Process p;
        boolean waited;
        int closed; // bit per stdio end closed by the parent
        volatile int sent; // the last signal this program sent it

        Child(Process p) {
            this.p = p;
        }

        synchronized boolean done(int bit) {
            closed |= bit;
            return waited && closed == 7;
        }
    }

    private static final Map<Long, Child> CHILDREN = new ConcurrentHashMap<>();

    private static final Pattern ERROR_CODE = Pattern.compile("error=(\\d+)");

    private static List<String> strings(Object slice) {
        List<String> out = new ArrayList<>();
        GoSlice s = (GoSlice) slice;
        if (s != null) {
            Object[] store = (Object[]) s.store;
            for (int i = 0; i < s.len; i++) {
                out.add(Utf8.toJava(GoStrings.flat(store[s.off + i])));
            }
        }
        return out;
    }

    /** syscall.Kill is about to send {@code sig} to {@code pid}: if that is our child, it may explain its exit status. */
    static void signalling(long pid, int sig) {
        Child c = CHILDREN.get(pid);
        if (c != null && sig != 0) {
            c.sent = sig;
        }
    }

    private static Process child(Object pid) {
        Child c = CHILDREN.get((Long) pid);
        return c == null ? null : c.p;
    }

    private static InputStream stream(Process p, long fd) {
        return fd == 2 ? p.getErrorStream() : p.getInputStream();
    }

    public static void register(Map<String, Native> t) {
        // Start(argv, env, dir, stdin, stdout, stderr) (pid, errno): argv[0] is the path to run.
        t.put("internal/osproc.Start", (ctx, f, a) -> {
            ProcessBuilder pb = new ProcessBuilder(strings(a[0]));
            Map<String, String> env = pb.environment();
            env.clear();
            for (String kv : strings(a[1])) {
                int eq = kv.indexOf('=', 1);
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            pb.directory(new File(Utf8.toJava((String) a[2])));
            File devNull = new File("/dev/null");
            pb.redirectInput((Long) a[3] == PIPE ? Redirect.PIPE : Redirect.from(devNull));
            pb.redirectOutput((Long) a[4] == PIPE ? Redirect.PIPE : Redirect.DISCARD);
            long err = (Long) a[5];
            if (err == MERGE) {
                pb.redirectErrorStream(true);
            } else {
                pb.redirectError(err == PIPE ? Redirect.PIPE : Redirect.DISCARD);
            }
            try {
                Process p = OsNatives.syscallIO(f, pb::start);
                CHILDREN.put(p.pid(), new Child(p));
                return new Object[] {p.pid(), 0L};
            } catch (IOException e) {
                // "Cannot run program "x": error=2, No such file or directory"
                Matcher m = ERROR_CODE.matcher(String.valueOf(e.getMessage()));
                return new Object[] {0L, m.find() ? Long.parseLong(m.group(1)) : ENOENT};
            } catch (RuntimeException e) {
                return new Object[] {0L, EACCES};
            }
        });
        // Wait(pid) (exit code, signal, errno): the JDK reports death by signal N as status 128+N; when
        // this program sent N, that is taken as the signal (exit code -1), not an exit status.
        t.put("internal/osproc.Wait", (ctx, f, a) -> {
            Child c = CHILDREN.get((Long) a[0]);
            synchronized (c == null ? ProcessNatives.class : c) {
                if (c == null || c.waited) {
                    return new Object[] {0L, 0L, ECHILD};
                }
                c.waited = true;
            }
            Process p = c.p;
            int code = OsNatives.syscall(f, () -> {
                while (true) {
                    try {
                        return p.waitFor();
                    } catch (InterruptedException e) {
                        // a worker thread interrupted in a syscall keeps waiting
                    }
                }
            });
            if (c.done(0)) {
                CHILDREN.remove((Long) a[0]);
            }
            int sig = c.sent;
            if (sig != 0 && code == 128 + sig) {
                return new Object[] {-1L, (long) sig, 0L};
            }
            return new Object[] {(long) code, 0L, 0L};
        });
        // Read(pid, fd, b) (n, errno): fd 1 or 2; n == 0 with errno 0 is end of file.
        t.put("internal/osproc.Read", (ctx, f, a) -> {
            Process p = child(a[0]);
            GoSlice b = (GoSlice) a[2];
            if (p == null) {
                return new Object[] {0L, EBADF};
            }
            if (b == null || b.len == 0) {
                return new Object[] {0L, 0L};
            }
            try {
                // straight into the slice's bytes, as read(2) does
                int n = OsNatives.syscallIO(f, () -> stream(p, (Long) a[1]).read(ByteSlices.store(b), b.off, b.len));
                return new Object[] {(long) Math.max(n, 0), 0L};
            } catch (IOException e) {
                return new Object[] {0L, EBADF};
            }
        });
        // Write(pid, b) (n, errno) to the child's stdin.
        t.put("internal/osproc.Write", (ctx, f, a) -> {
            Process p = child(a[0]);
            if (p == null) {
                return new Object[] {0L, EBADF};
            }
            GoSlice b = (GoSlice) a[1];
            if (b == null || b.len == 0) {
                return new Object[] {0L, 0L};
            }
            try {
                OsNatives.syscallIO(f, () -> {
                    OutputStream out = p.getOutputStream();
                    out.write(ByteSlices.store(b), b.off, b.len); // the slice's own bytes: done before Go goes on
                    out.flush();
                    return null;
                });
                return new Object[] {(long) b.len, 0L};
            } catch (IOException e) {
                return new Object[] {0L, EPIPE};
            }
        });
        // Close(pid, fd): closes the parent's end of the child's stdin (0), stdout (1) or stderr (2).
        t.put("internal/osproc.Close", (ctx, f, a) -> {
            Child c = CHILDREN.get((Long) a[0]);
            if (c == null) {
                return 0L;
            }
            Process p = c.p;
            long fd = (Long) a[1];
            if (c.done(1 << (int) fd)) {
                CHILDREN.remove((Long) a[0]);
            }
            try {
                if (fd == 0) {
                    p.getOutputStream().close();
                } else {
                    stream(p, fd).close();
                }
                return 0L;
            } catch (IOException e) {
                return EBADF;
            }
        });
    }
}
