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
 * (scripts/jit-warmup.go, {@link Standby#warmUpJit}) runs for the budget fast-start.sh gives it:
 * 0 ms, so a second engine, a larger program's parse and check and its start are trained, and
 * nothing is compiled. A budget long enough for Graal to compile put Graal's classes and its
 * methods' profiles in the cache: a fresh JVM then compiled many more methods at start, which
 * cost short runs CPU and memory and saved none in the long ones (bench/RESULTS.md, "The AOT
 * cache's training").
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
