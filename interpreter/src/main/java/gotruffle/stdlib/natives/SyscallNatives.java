package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.nodes.control.ExitException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Natives of package syscall: process ids and kill. */
public final class SyscallNatives {
    private SyscallNatives() {}

    private static final long ESRCH = 3, EPERM = 1, EINVAL = 22;

    public static void register(Map<String, Native> t) {
        t.put("syscall.Getpid", (ctx, f, a) -> ProcessHandle.current().pid());
        t.put("syscall.Getppid", (ctx, f, a) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        t.put("syscall.Getuid", (ctx, f, a) -> unixId("uid"));
        t.put("syscall.Geteuid", (ctx, f, a) -> unixId("uid"));
        t.put("syscall.Getgid", (ctx, f, a) -> unixId("gid"));
        t.put("syscall.Getegid", (ctx, f, a) -> unixId("gid"));
        t.put("syscall.Exit", (ctx, f, a) -> {
            throw new ExitException((int) (long) (Long) a[0]);
        });
        t.put("syscall.kill", (ctx, f, a) -> kill((Long) a[0], (int) (long) (Long) a[1]));
    }

    /** The real user or group id of the process (from /proc, as the JDK has no API for it). */
    private static long unixId(String which) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(which.equals("uid") ? "Uid:" : "Gid:")) {
                    return Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    /** kill(2): signal 0 probes; our own process gets the signal through the JVM, others through kill(1). */
    private static long kill(long pid, int sig) {
        if (sig < 0 || sig > 64) {
            return EINVAL;
        }
        if (pid <= 0) {
            return EPERM; // process groups are not supported
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty()) {
            return ESRCH;
        }
        if (sig == 0) {
            return 0;
        }
        ProcessNatives.signalling(pid, sig);
        if (pid == ProcessHandle.current().pid() && SignalNatives.raise(sig)) {
            return 0;
        }
        try {
            Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
            k.getInputStream().readAllBytes();
            return k.waitFor() == 0 ? 0 : ProcessHandle.of(pid).isPresent() ? EPERM : ESRCH;
        } catch (IOException e) {
            return EPERM;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EPERM;
        }
    }
}
