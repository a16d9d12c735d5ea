package gotruffle.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real Go program that exceeds its time limit under `gotruffle test` is stopped, not left running. */
class TimeLimitTest {
    @TempDir Path root;

    /** The threads of running programs: each has a sysmon and its Ms (polyglot threads). */
    private static Set<Thread> programThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (t.getName().equals("gotruffle-sysmon") || t.getName().startsWith("Polyglot-go")))
                .collect(Collectors.toSet());
    }

    @Test
    @Timeout(120)
    void aProgramPastItsTimeLimitIsStopped() throws IOException, InterruptedException {
        Files.writeString(root.resolve("spin.go"), """
                package main

                func main() {
                	go func() {
                		for {
                		}
                	}()
                	n := 0
                	for {
                		n++
                	}
                }
                """);
        Files.writeString(root.resolve("spin.out"), "");
        Set<Thread> before = programThreads();
        GoldenSuite suite = GoldenRunner.discover(root);
        GoldenOutcome o = new GoldenRunner(ProgramRunner.GO, Duration.ofSeconds(5))
                .run(suite.programs().getFirst(), GoldenVariant.DEFAULT);
        assertEquals(GoldenOutcome.Status.FAILED, o.status());
        assertTrue(String.join("\n", o.differences()).contains("timed out"), o.differences().toString());
        Set<Thread> started = programThreads();
        started.removeAll(before);
        for (Thread t : started) {
            t.join(Duration.ofSeconds(30));
            assertFalse(t.isAlive(), "still running after the time limit: " + t.getName());
        }
    }
}
