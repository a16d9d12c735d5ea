package gotruffle.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.compiler.Compiler;
import gotruffle.compiler.Entity;
import gotruffle.compiler.Package;
import gotruffle.nodes.control.ExitException;
import gotruffle.parser.GoParserFacade;
import gotruffle.parser.GoSyntaxException;
import gotruffle.parser.ast.SourceFile;

import gotruffle.nodes.conc.Goroutines;
import gotruffle.runtime.sched.Sched;
import gotruffle.runtime.sched.SchedConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a whole program: reads and parses the files of the manifest, checks and builds the
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
            List<SourceFile> files = new ArrayList<>();
            for (String name : source.getCharacters().toString().split("\n")) {
                if (name.isEmpty()) {
                    continue;
                }
                byte[] bytes;
                try {
                    TruffleFile f = ctx.env.getPublicTruffleFile(name);
                    bytes = f.readAllBytes();
                } catch (IOException | SecurityException e) {
                    ctx.writeErr("open " + name + ": no such file or directory\n");
                    return 1;
                }
                try {
                    files.add(GoParserFacade.parse(bytes, name));
                } catch (GoSyntaxException e) {
                    for (String m : e.messages()) {
                        ctx.writeErr(m + "\n");
                    }
                    return 1;
                }
            }
            if (!files.isEmpty()) {
                String first = files.get(0).path();
                String base = first.substring(first.lastIndexOf('/') + 1);
                ctx.setProgramName("/tmp/go-build/exe/" + (base.endsWith(".go") ? base.substring(0, base.length() - 3) : base));
            }
            gotruffle.StartupTrace.mark("user files parsed");
            Compiler.Program p;
            try {
                p = new Compiler((GoLanguage) getLanguage(GoLanguage.class))
                        .eagerPrelude(ctx.environment().containsKey("GOTRUFFLE_EAGER_PRELUDE"))
                        .compileProgram(files);
            } catch (StackOverflowError e) {
                ctx.writeErr(files.get(0).path() + ":1:1: program too deeply nested\n");
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
            gotruffle.StartupTrace.mark("program checked and built (prelude parse: " + gotruffle.compiler.Prelude.parseMillis() + " ms)");
            return execute(ctx, p);
        } finally {
            gotruffle.StartupTrace.mark("program ran");
            ctx.flushOut();
        }
    }

    private static gotruffle.types.Type typeOf(Package p, String name) {
        return ((Entity.TypeE) p.scope.lookupLocal(name)).type;
    }

    /** Runs package initialization and main.main as goroutine 1 on the M:N scheduler. */
    private int execute(GoContext ctx, Compiler.Program p) {
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
