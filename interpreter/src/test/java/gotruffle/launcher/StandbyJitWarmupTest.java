package gotruffle.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standby's JIT warm-up program (scripts/jit-warmup.go) must build and run in its engine:
 * should it stop compiling under GoTruffle, or the engine option it needs go away, every standby
 * would silently serve programs with a cold compiler again. Budget 0: checked and started only.
 */
class StandbyJitWarmupTest {
    @Test
    void warmUpProgramRunsInItsEngine() {
        String before = System.getProperty("gotruffle.jitwarmup.ms");
        System.setProperty("gotruffle.jitwarmup.ms", "0");
        try {
            assertTrue(Standby.warmUpJit(Path.of("../scripts/jit-warmup.go").toAbsolutePath(), new CountDownLatch(1)));
        } finally {
            if (before == null) {
                System.clearProperty("gotruffle.jitwarmup.ms");
            } else {
                System.setProperty("gotruffle.jitwarmup.ms", before);
            }
        }
    }
}
