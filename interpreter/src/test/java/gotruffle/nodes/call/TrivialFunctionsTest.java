package gotruffle.nodes.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.oracle.truffle.api.Truffle;
import gotruffle.GoLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FuncRootNode.isTrivial must agree with Graal: a root marked trivial that has a Truffle call,
 * a loop or 500 IR nodes after partial evaluation makes Graal print "perf warn ... marked
 * trivial but not trivial after PE" on the process's stderr (a user's stderr, through a
 * standby). testprograms/basics/leaf_functions.go holds a leaf function of every shape
 * TrivialFunctions lets through, called from {@code kernel} in a hot loop; each compilation
 * here finishes before the program goes on, so every verdict is in the log when it ends; only
 * kernel is compiled (its tiers took 4 compilations instead of ~30 for the whole program).
 */
class TrivialFunctionsTest {
    @Test
    void graalAgreesLeafFunctionsAreTrivial() {
        assumeTrue(!Truffle.getRuntime().getName().contains("Interpreted"), "needs the optimizing runtime");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path program = Path.of("../testprograms/basics/leaf_functions.go").toAbsolutePath();
        int code;
        try (Engine engine = Engine.newBuilder(GoLanguage.ID)
                .allowExperimentalOptions(true)
                .option("engine.WarnInterpreterOnly", "false")
                .option("engine.BackgroundCompilation", "false")
                .option("engine.CompileOnly", "kernel") // its callees are inlined (and judged) all the same
                .option("engine.TraceCompilation", "true")
                .logHandler(log)
                .build();
             Context ctx = Context.newBuilder(GoLanguage.ID).engine(engine).out(out).err(OutputStream.nullOutputStream())
                     .allowIO(IOAccess.ALL).allowCreateThread(true).build()) {
            code = ctx.eval(Source.newBuilder(GoLanguage.ID, program + "\n", "main").buildLiteral()).asInt();
        } catch (PolyglotException e) {
            assertTrue(e.isExit(), e.getMessage());
            code = e.getExitStatus();
        }
        String trace = log.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, "the program ends with its index panic");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("3.444007e+23\n"), out.toString(StandardCharsets.UTF_8));
        assertFalse(trace.contains("not trivial"), trace);
        // kernel's first compiled code (Graal's first tier inlines trivial callees only) has its callees inlined
        Matcher m = Pattern.compile("opt done .*kernel .*\\|Tier 1\\|.*\\|Inlined\\s+(\\d+)Y").matcher(trace);
        assertTrue(m.find(), trace);
        assertTrue(Integer.parseInt(m.group(1)) >= 20, m.group());
    }
}
