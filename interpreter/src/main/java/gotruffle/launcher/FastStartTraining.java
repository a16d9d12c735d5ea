package gotruffle.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The training run of the JDK AOT cache (scripts/fast-start.sh, JEP 483/515): the cache keeps
 * the classes this JVM loaded and linked and the profiles of the methods it ran. A run of the
 * training program covers a program's start-up; then the standby's JIT warm-up
 * (scripts/jit-warmup.go, {@link Standby#warmUpJit}) has Graal compile Truffle code for its
 * budget, so that the cache also holds Graal's classes and its methods' profiles. Graal is Java
 * code that HotSpot compiles as it runs: with the profiles, a fresh JVM (a standby warming up,
 * a --no-daemon run) gets Graal's hot methods compiled by C2 sooner and with less profiling in
 * between (bench/RESULTS.md, "Graal's profiles in the AOT cache").
 *
 * <p>Arguments: the training program (jit-warmup.go is its sibling). Exits with the training
 * run's code; the warm-up's result does not matter (no warm-up: a cache as before).
 */
public final class FastStartTraining {
    private FastStartTraining() {}

    public static void main(String[] args) {
        Path training = Path.of(args[0]).toAbsolutePath();
        int code = Main.execute(new String[]{"run", training.toString()}, ProgramRunner.GO, InputStream.nullInputStream(),
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), Path.of("").toAbsolutePath());
        Standby.warmUpJit(training.resolveSibling("jit-warmup.go"), new CountDownLatch(1));
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
