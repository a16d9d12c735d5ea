package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.compiler.Compiler;
import gotruffle.compiler.Entity;
import gotruffle.compiler.Package;
import gotruffle.compiler.Prelude;
import gotruffle.loader.LoadedProgram;
import gotruffle.loader.ProgramLoader;
import gotruffle.nodes.control.ExitException;

import gotruffle.nodes.conc.Goroutines;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.SchedConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a whole program: loads the package (folder or files) the manifest names and every
 * package it imports (gotruffle.loader: modules, workspaces, vendor), checks and builds the
 * program, runs package initialization and main.main, and turns the outcome into the exit
 * code. Compile errors are printed like Go's (exit 1); an unrecovered panic prints Go's report
 * (exit 2); os.Exit ends with its code.
 */
public final class ProgramRootNode extends RootNode {
    private final Source source;

    /**
     * What Go 1.19 prints when a goroutine exceeds its maximum stack size (runtime.newstack):
     * the runtime's own frames are always these three, only the addresses differ per run.
     */
    static final String STACK_OVERFLOW = """
            runtime: goroutine stack exceeds 1000000000-byte limit
            runtime: sp=0xc020080388 stack=[0xc020080000, 0xc040080000]
            fatal error: stack overflow

            runtime stack:
            runtime.throw({0x499ebe?, 0x516880?})
            	/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x5d fp=0x7fff80ed7500 sp=0x7fff80ed74d0 pc=0x4317bd
            runtime.newstack()
            	/usr/lib/go-1.19/src/runtime/stack.go:1103 +0x5cc fp=0x7fff80ed76b8 sp=0x7fff80ed7500 pc=0x448e6c
            runtime.morestack()
            	/usr/lib/go-1.19/src/runtime/asm_amd64.s:570 +0x8b fp=0x7fff80ed76c0 sp=0x7fff80ed76b8 pc=0x45ae8b

            goroutine 1 [running]:
            """;

    public ProgramRootNode(GoLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private int run() {
        GoContext ctx = GoContext.get(this);
        gotruffle.StartupTrace.mark("context created, program source evaluated");
        try {
            List<String> targets = new ArrayList<>();
            for (String name : source.getCharacters().toString().split("\n")) {
                if (!name.isEmpty()) {
                    targets.add(name);
                }
            }
            Path cwd = Path.of(ctx.env.getCurrentWorkingDirectory().getPath());
            LoadedProgram program = ProgramLoader.load(cwd, targets, ctx.environment(),
                    path -> Prelude.isStdPackage(path) || Prelude.load(path) != null);
            if (!program.errors().isEmpty()) {
                for (String m : program.errors()) {
                    ctx.writeErr(gotruffle.loader.DisplayPaths.bytes(m) + "\n");
                }
                return 1;
            }
            gotruffle.StartupTrace.mark("user files parsed");
            ctx.setProgramName("/tmp/go-build/exe/" + programName(program, targets));
            Compiler.Program p;
            try {
                p = new Compiler((GoLanguage) getLanguage(GoLanguage.class))
                        .eagerPrelude(ctx.environment().containsKey("GOTRUFFLE_EAGER_PRELUDE"))
                        .compileProgram(program);
            } catch (StackOverflowError e) {
                List<gotruffle.parser.ast.SourceFile> files = program.main().files();
                ctx.writeErr((files.isEmpty() ? targets.get(0) : files.get(0).path()) + ":1:1: program too deeply nested\n");
                return 1;
            }
            if (!p.errors().isEmpty()) {
                for (String m : p.errors()) {
                    ctx.writeErr(m + "\n");
                }
                return 1;
            }
            Package rt = p.packages().get("runtime");
            ctx.setRuntimeTypes(typeOf(rt, "plainError"), typeOf(rt, "boundsError"), typeOf(rt, "TypeAssertionError"));
            Package fmt = p.packages().get("fmt");
            if (fmt != null && fmt.scope.lookupLocal("callFormat") instanceof Entity.Func call) {
                ctx.setFormatter((gotruffle.types.Interface) typeOf(fmt, "Formatter").underlying(), call.def.target());
            }
            gotruffle.StartupTrace.mark("program checked and built (prelude parse: " + gotruffle.compiler.Prelude.parseMillis() + " ms)");
            return execute(ctx, p);
        } finally {
            gotruffle.StartupTrace.mark("program ran");
            ctx.flushOut();
        }
    }

    /** What go names the executable: the first file's name for named files, else the package's last path element. */
    private static String programName(LoadedProgram program, List<String> targets) {
        String importPath = program.main().importPath();
        if (importPath.equals(ProgramLoader.COMMAND_LINE)) {
            String first = targets.get(0);
            String base = first.substring(first.lastIndexOf('/') + 1);
            return base.endsWith(".go") ? base.substring(0, base.length() - 3) : base;
        }
        return importPath.substring(importPath.lastIndexOf('/') + 1);
    }

    private static gotruffle.types.Type typeOf(Package p, String name) {
        return ((Entity.TypeE) p.scope.lookupLocal(name)).type;
    }

    /** Runs package initialization and main.main as goroutine 1 on the M:N scheduler. */
    private int execute(GoContext ctx, Compiler.Program p) {
        Sched sched = newSched(ctx);
        return sched.runMain(g -> {
            Fiber main = new Fiber(g, g.id());
            g.interpData = main;
            Goroutines.run(ctx, g, main, () -> {
                for (RootCallTarget init : p.inits()) {
                    init.call(main, null);
                }
                p.main().call(main, null);
            });
        });
    }

    /** The program's scheduler, set up from its environment (GOMAXPROCS, GODEBUG, GOTRUFFLE_PREEMPT_US). */
    public static Sched newSched(GoContext ctx) {
        Map<String, String> env = ctx.environment();
        SchedConfig.Builder cfg = SchedConfig.builder()
                .err(new PrintStream(new ErrStream(ctx), true))
                .threadFactory(r -> ctx.env.newTruffleThreadBuilder(r).stackSize(SchedConfig.DEFAULT_STACK_SIZE).build())
                .traceback((gp, err) -> err.print(Goroutines.traceback(gp)));
        String procs = env.get("GOMAXPROCS");
        if (procs != null) {
            cfg.gomaxprocsEnv(procs);
        }
        String godebug = env.get("GODEBUG");
        if (godebug != null) {
            cfg.godebug(godebug);
        }
        String quantum = env.get("GOTRUFFLE_PREEMPT_US");
        if (quantum != null) {
            cfg.preemptQuantumNanos(Long.parseLong(quantum) * 1000);
        }
        Sched sched = new Sched(cfg.build());
        ctx.setSched(sched);
        return sched;
    }

    /** stderr for the scheduler's own reports (deadlock, fatal errors, schedtrace), after flushing stdout. */
    private static final class ErrStream extends java.io.OutputStream {
        private final GoContext ctx;

        ErrStream(GoContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            char[] c = new char[len];
            for (int i = 0; i < len; i++) {
                c[i] = (char) (b[off + i] & 0xFF);
            }
            ctx.writeErr(new String(c));
        }
    }

    public static String stackOverflowReport(long goid) {
        return STACK_OVERFLOW.replace("goroutine 1 [running]", "goroutine " + goid + " [running]");
    }
}
