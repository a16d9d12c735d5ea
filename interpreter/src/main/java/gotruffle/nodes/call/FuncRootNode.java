package gotruffle.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.LineMap;
import gotruffle.nodes.GoPanic;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.GoStackOverflow;
import gotruffle.nodes.control.ReturnException;
import gotruffle.nodes.local.Rep;
import gotruffle.nodes.local.WriteLocalNode;
import gotruffle.runtime.sched.StackOverflowExit;
import gotruffle.values.Cell;
import gotruffle.values.GoArray;
import gotruffle.values.GoStrings;
import gotruffle.values.GoStruct;
import gotruffle.values.GoSubstring;
import gotruffle.values.Values;

import java.util.ArrayList;

/**
 * The root of a Go function. Frame arguments are {fiber, env, params...}. Parameters are moved
 * into their slots (boxed in Cells when captured or address-taken; structs and arrays copied,
 * since the callee owns its parameters), results live in slots so that deferred calls can modify
 * named results, and the value returned is null, the single result, or an Object[] of results.
 */
public final class FuncRootNode extends RootNode {
    /**
     * The env argument of a call of a declared function whose caller takes a string result as a
     * view (DirectCallExprNode); any other caller gets a view result copied out.
     */
    public static final Object VIEW_RESULT = new Object();
    /** Initialized with the class: at the point of overflow there is no stack left to initialize classes. */
    private static final GoStackOverflow STACK_OVERFLOW = GoStackOverflow.INSTANCE;
    private final String name;
    @Child private StmtNode body;
    @CompilationFinal(dimensions = 1) private int[] paramSlots;
    @CompilationFinal(dimensions = 1) private Rep[] paramReps;
    @CompilationFinal(dimensions = 1) private boolean[] paramBoxed;
    @CompilationFinal(dimensions = 1) private boolean[] paramAggregate;
    @CompilationFinal(dimensions = 1) private int[] resultSlots;
    @CompilationFinal(dimensions = 1) private Rep[] resultReps;
    @CompilationFinal(dimensions = 1) private boolean[] resultBoxed;
    @CompilationFinal(dimensions = 1) private Object[] resultZero;
    /** Slot of the defer list, or -1 when the function has no defer statement. */
    @CompilationFinal private int deferSlot = -1;
    /** Set when a REPL input redeclared this method with the same signature: every call runs the new body. */
    @CompilationFinal private RootCallTarget redirect;

    public FuncRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name) {
        super(language, descriptor);
        this.name = name;
    }

    /** Go's symbol name, absolute source file, first and last line: read only by stack walks. */
    private String goName;
    private String file = "?";
    private int startLine;
    private int endLine;
    private boolean hasParams;

    public void setSource(String goName, String file, int startLine, int endLine, boolean hasParams) {
        this.goName = goName;
        this.file = file;
        this.startLine = startLine;
        this.endLine = endLine;
        this.hasParams = hasParams;
    }

    public String goName() {
        return goName != null ? goName : name;
    }

    public String file() {
        return file;
    }

    /** Line directives of the function's file, or null. */
    public LineMap lineMap() {
        return lineMap;
    }

    public void setLineMap(LineMap m) {
        this.lineMap = m;
    }

    private LineMap lineMap;

    public int startLine() {
        return startLine;
    }

    public int endLine() {
        return endLine;
    }

    public boolean hasParams() {
        return hasParams;
    }

    /** Called once by the compiler when the body is built (before the program runs). */
    public void define(FrameDescriptor unused, StmtNode body, int[] paramSlots, Rep[] paramReps, boolean[] paramBoxed,
                       boolean[] paramAggregate, int[] resultSlots, Rep[] resultReps, boolean[] resultBoxed, Object[] resultZero, int deferSlot) {
        this.body = insert(body);
        this.paramSlots = paramSlots;
        this.paramReps = paramReps;
        this.paramBoxed = paramBoxed;
        this.paramAggregate = paramAggregate;
        this.resultSlots = resultSlots;
        this.resultReps = resultReps;
        this.resultBoxed = resultBoxed;
        this.resultZero = resultZero;
        this.deferSlot = deferSlot;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Computed once, on the compiler thread that asks first; null until then. */
    private volatile Boolean trivial;

    /** Small leaf functions, inlined by Graal's first tier too (TrivialFunctions). */
    @Override
    protected boolean isTrivial() {
        Boolean t = trivial;
        if (t == null) {
            t = deferSlot < 0 && body != null && !any(paramAggregate) && !aggregateResult() && TrivialFunctions.isTrivial(body);
            trivial = t;
        }
        return t;
    }

    private static boolean any(boolean[] bs) {
        for (boolean b : bs) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private boolean aggregateResult() {
        for (Object z : resultZero) {
            if (z instanceof GoStruct || z instanceof GoArray) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean prepareForCompilation(boolean rootCompilation, int tier, boolean lastTier) {
        ExceptionProfiles.takeControlFlow(this); // an unwinding stack overflow must not deoptimize each frame (issue 12)
        return true;
    }

    /**
     * One Java method, not a wrapper and a body: while the function is interpreted, each frame
     * under a park is kept in the parked goroutine's stack chunk.
     */
    /**
     * Sends every later call to the method's new declaration, also from call sites compiled earlier
     * (direct calls, inline caches, method values); the new body has the same signature.
     */
    @TruffleBoundary
    public void redirect(RootCallTarget to) {
        redirect = to;
        reportReplace(this, this, "method redeclared in the REPL"); // compiled code read the field as a constant
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (redirect != null) {
            return redirect.call(frame.getArguments());
        }
        try {
            Object[] args = frame.getArguments();
            moveParams(frame, args);
            initResults(frame);
            if (deferSlot < 0) {
                try {
                    body.executeVoid(frame);
                } catch (ReturnException e) {
                    // results are in their slots
                }
                return results(frame);
            }
            frame.setObject(deferSlot, null);
            GoPanic panic = null;
            try {
                body.executeVoid(frame);
            } catch (ReturnException e) {
                // fall through to the deferred calls
            } catch (GoPanic p) {
                panic = p;
            }
            panic = Defers.run(frame.getObject(deferSlot), (Fiber) args[0], panic);
            if (panic != null) {
                throw panic;
            }
            return results(frame);
        } catch (StackOverflowError e) {
            // no call here, there is no stack for one: a launcher owning the process ends it from another thread
            StackOverflowExit.overflowedOn = Thread.currentThread();
            // converted once, deep in the stack, into an exception Truffle unwinds without collecting frames
            throw STACK_OVERFLOW;
        }
    }

    @ExplodeLoop
    private void moveParams(VirtualFrame frame, Object[] args) {
        for (int i = 0; i < paramSlots.length; i++) {
            Object v = args[i + 2];
            if (paramAggregate[i]) {
                v = Values.copyAggregate(v);
            }
            if (paramBoxed[i]) {
                if (v instanceof GoSubstring s) {
                    v = GoStrings.flat(s); // a caller may pass a string view; a Cell is shared, so it holds Strings only
                }
                frame.setObject(paramSlots[i], new Cell(v));
            } else {
                WriteLocalNode.store(frame, paramSlots[i], paramReps[i], v);
            }
        }
    }

    @ExplodeLoop
    private void initResults(VirtualFrame frame) {
        for (int i = 0; i < resultSlots.length; i++) {
            Object z = resultZero[i];
            if (z instanceof GoStruct || z instanceof GoArray) {
                z = Values.copyAggregate(z);
            }
            if (resultBoxed[i]) {
                frame.setObject(resultSlots[i], new Cell(z));
            } else {
                WriteLocalNode.store(frame, resultSlots[i], resultReps[i], z);
            }
        }
    }

    @ExplodeLoop
    private Object results(VirtualFrame frame) {
        int n = resultSlots.length;
        if (n == 0) {
            return null;
        }
        if (n == 1) {
            Object r = readResult(frame, 0);
            if (r instanceof GoSubstring v && frame.getArguments()[1] != VIEW_RESULT) {
                return GoStrings.flat(v);
            }
            return r;
        }
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
            r[i] = readResult(frame, i);
        }
        return r;
    }

    private Object readResult(VirtualFrame frame, int i) {
        int slot = resultSlots[i];
        if (resultBoxed[i]) {
            return ((Cell) frame.getObject(slot)).value;
        }
        return switch (resultReps[i]) {
            case LONG -> frame.getLong(slot);
            case DOUBLE -> frame.getDouble(slot);
            case BOOLEAN -> frame.getBoolean(slot);
            case OBJECT -> frame.getObject(slot);
        };
    }

    /**
     * The deferred calls of one activation, run last-in first-out. The frame's defer slot holds
     * null, the one pending call itself (most functions defer once: no list to allocate, and a
     * goroutine parked with one defer pending keeps nothing more), or an ArrayList of two or more.
     */
    public static final class Defers {
        private Defers() {}

        /**
         * Not transferToInterpreterOnException: a stack overflow unwinding through deferred calls
         * (tests, the REPL) would deoptimize every compiled activation it leaves (issue 12).
         */
        @SuppressWarnings("unchecked")
        @TruffleBoundary(transferToInterpreterOnException = false)
        static GoPanic run(Object deferred, Fiber fiber, GoPanic panic) {
            if (deferred == null) {
                return panic;
            }
            countDefers(fiber, panic);
            if (deferred instanceof DeferredCall d) {
                return runOne(d, fiber, panic);
            }
            ArrayList<DeferredCall> list = (ArrayList<DeferredCall>) deferred;
            while (!list.isEmpty()) {
                panic = runOne(list.remove(list.size() - 1), fiber, panic);
            }
            return panic;
        }

        /** Runs one deferred call while {@code panic} (or none) is under way; returns the panic still under way. */
        private static GoPanic runOne(DeferredCall d, Fiber fiber, GoPanic panic) {
            GoPanic saved = fiber.panicking;
            Object savedCallee = fiber.deferCallee;
            if (d.invoker() instanceof DeferredCall.InCaller) {
                // run in the deferring function's state on a normal return; during its own
                // panic the call is made by that panic directly (Go: too early to recover)
                fiber.panicking = panic == null ? saved : null;
                fiber.deferCallee = panic == null ? savedCallee : null;
            } else {
                fiber.panicking = panic;
                fiber.deferCallee = panic == null ? null : BoundMethodRoot.callee(d.target());
            }
            try {
                d.invoke(fiber);
            } catch (GoPanic p) {
                if (panic != null && p != panic && !panic.goexit && !p.goexit) { // Goexit is no panic: nothing to chain
                    chain(p, panic);
                }
                uncountDefers(fiber, panic);
                countDefers(fiber, p);
                panic = p;
            } finally {
                fiber.panicking = saved;
                fiber.deferCallee = savedCallee;
            }
            if (panic != null && panic.recovered) {
                uncountDefers(fiber, panic);
                panic = null;
            }
            return panic;
        }

        /**
         * Puts earlier below p's chain: p may already sit on panics raised inside the deferred call
         * (a panic in a deferred call's own deferred call), which Go's report lists between them.
         */
        private static void chain(GoPanic p, GoPanic earlier) {
            GoPanic q = p;
            while (q.previous != null && q != earlier) {
                q = q.previous;
            }
            if (q != earlier) {
                q.previous = earlier;
            }
        }

        /** Go's runningPanicDefers: main's return waits while a panic runs deferred calls. */
        private static void countDefers(Fiber fiber, GoPanic panic) {
            if (panic != null && !panic.goexit && !panic.countedDefers && fiber.g != null) {
                panic.countedDefers = true;
                fiber.g.sched().panicDefersStarted();
            }
        }

        public static void uncountDefers(Fiber fiber, GoPanic panic) {
            if (panic != null && panic.countedDefers && fiber.g != null) {
                panic.countedDefers = false;
                fiber.g.sched().panicDefersEnded();
            }
        }

        public static void push(VirtualFrame frame, int slot, DeferredCall call) {
            Object o = frame.getObject(slot);
            frame.setObject(slot, o == null ? call : add(o, call));
        }

        /** A second or later deferred call: the list of them (made from the first one). */
        @SuppressWarnings("unchecked")
        @TruffleBoundary
        private static ArrayList<DeferredCall> add(Object pending, DeferredCall c) {
            ArrayList<DeferredCall> l;
            if (pending instanceof DeferredCall first) {
                l = new ArrayList<>(4);
                l.add(first);
            } else {
                l = (ArrayList<DeferredCall>) pending;
            }
            l.add(c);
            return l;
        }
    }
}
