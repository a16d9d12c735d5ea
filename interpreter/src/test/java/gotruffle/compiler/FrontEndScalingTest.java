package gotruffle.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import gotruffle.loader.LoadedProgram;
import gotruffle.loader.ProgramLoader;

/**
 * Huge programs are parsed, checked and built in time linear in their size (issue 12): each shape
 * is loaded and compiled at n and 4n, and the larger may take at most LIMIT times as long (thread
 * CPU time, the best of a few runs, so that the machine's load counts little). A quadratic pass makes
 * the ratio ~16; each shape below once had one. Both sizes are warmed up first, and the runs of the
 * two alternate: a size seen first in a timed run can deoptimize code compiled for the other, and on
 * a loaded machine the recompilation may not come before that size's runs end, so they would be
 * timed in HotSpot's interpreter (CI saw 10 ms against 393 ms that way).
 */
class FrontEndScalingTest {
    private static final double LIMIT = 8;
    private static final int RUNS = 4;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir Path dir;

    /** func main() { body } with x declared, and x used after. */
    private static String main(String body) {
        return "package main\n\nfunc main() {\n\tx := 1\n" + body + "\tprintln(x)\n}\n";
    }

    @Test
    @Timeout(600)
    void nestedBlocksReferringToAnOuterVariable() throws Exception {
        // Scope.lookup walked every empty block up to x's
        assertLinear(2000, n -> main("\tif x > 0 {\n".repeat(n) + "\tx++\n" + "\t}\n".repeat(n)));
    }

    @Test
    @Timeout(600)
    void longBlocks() throws Exception {
        // TailReturns copied the rest of a block after each statement
        assertLinear(10000, n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append("\tx += ").append(i).append('\n');
            }
            return main(b.toString());
        });
    }

    @Test
    @Timeout(600)
    void longExpressionsAndDeepNesting() throws Exception {
        assertLinear(10000, n -> main("\tx = x" + " + 1".repeat(n) + "\n"));
        assertLinear(1000, n -> main("\tx = " + "(".repeat(n) + "x" + ")".repeat(n) + "\n"));
        assertLinear(4000, n -> main("{".repeat(n) + "x++" + "}".repeat(n) + "\n"));
    }

    @Test
    @Timeout(600)
    void manyDeclarationsAndCases() throws Exception {
        assertLinear(1000, n -> {
            StringBuilder b = new StringBuilder("package main\n\n");
            for (int i = 0; i < n; i++) {
                b.append("func f").append(i).append("(a int) int { return a + ").append(i).append(" }\n");
            }
            return b.append("func main() { println(f0(1)) }\n").toString();
        });
        assertLinear(2000, n -> {
            StringBuilder b = new StringBuilder("\tswitch x {\n");
            for (int i = 0; i < n; i++) {
                b.append("\tcase ").append(i).append(":\n\t\tx += ").append(i).append('\n');
            }
            return main(b.append("\t}\n").toString());
        });
        assertLinear(10000, n -> {
            StringBuilder b = new StringBuilder("package main\n\nvar a = []int{");
            for (int i = 0; i < n; i++) {
                b.append(i).append(", ");
            }
            return b.append("}\n\nfunc main() { println(len(a)) }\n").toString();
        });
    }

    private void assertLinear(int n, IntFunction<String> program) throws Exception {
        long[] t = new long[2];
        Exception[] failed = new Exception[1];
        // deep nesting recurses in the parser and the checker: the stack of a program's front end
        Thread worker = new Thread(null, () -> {
            try {
                String small = program.apply(n), large = program.apply(4 * n);
                cpuNanos(small);
                cpuNanos(large);
                t[0] = t[1] = Long.MAX_VALUE;
                for (int r = 0; r < RUNS; r++) {
                    t[0] = Math.min(t[0], cpuNanos(small));
                    t[1] = Math.min(t[1], cpuNanos(large));
                }
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "front-end", 1L << 30);
        worker.start();
        worker.join();
        if (failed[0] != null) {
            throw failed[0];
        }
        long small = t[0], large = t[1];
        String shape = program.apply(2);
        assertTrue(large <= LIMIT * small, "n=" + n + ": " + small / 1_000_000 + " ms, 4n: " + large / 1_000_000
                + " ms (more than " + LIMIT + " times)\n" + shape.substring(0, Math.min(200, shape.length())));
    }

    /** One load and compile of source, in this thread's CPU time. */
    private long cpuNanos(String source) throws IOException {
        Files.writeString(dir.resolve("main.go"), source);
        long t0 = CPU.getCurrentThreadCpuTime();
        LoadedProgram program = ProgramLoader.load(dir, List.of("main.go"), Map.of(), Prelude::isStdPackage);
        assertEquals(List.of(), program.errors());
        Compiler.Program p = new Compiler(null).compileProgram(program);
        assertEquals(List.of(), p.errors());
        return CPU.getCurrentThreadCpuTime() - t0;
    }
}
