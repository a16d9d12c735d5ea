package gotruffle.compiler;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import gotruffle.nodes.local.Rep;
import gotruffle.parser.ast.BranchStmt;
import gotruffle.parser.ast.LabeledStmt;
import gotruffle.types.Signature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The function (declaration or literal) being compiled: frame slots, results, captured variables, labels. */
public final class FuncContext {
    public final FuncContext parent;
    public final String name;
    /** Go's symbol name (main.f, main.(*T).M, main.main.func1), shown by runtime.Caller and tracebacks. */
    public String goName;
    /** Closures numbered so far directly inside this function (Go's func1, func2, ...). */
    public int closures;
    public final Signature sig;
    public final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private int slots;
    /** Result variables (named or synthesized) in order. */
    public final List<Entity.Var> results = new ArrayList<>();
    public boolean namedResults;
    public int deferSlot = -1;
    /** Variables of enclosing functions used here, in env order. */
    public final List<Entity.Var> captured = new ArrayList<>();
    private final Map<Entity.Var, Integer> captureIndex = new HashMap<>();
    /** Names that are captured by nested closures or have their address taken (boxing candidates). */
    final Escapes.Escaping escaping;
    /** The function contains a call of recover(). */
    public boolean usesRecover;
    /** What a labeled statement's break and continue jump to (null where that branch is invalid: continue of a non-loop, or outside the statement). */
    public record Label(Object breakTarget, Object continueTarget) {}

    /** Labels by name, while their statement is compiled. */
    public final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Object> gotoTargets = new HashMap<>();
    /** Labels used by goto statements and the goto statements themselves (to report undefined labels). */
    public final Set<String> gotoUsed = new HashSet<>();
    public final List<BranchStmt> gotoSites = new ArrayList<>();
    public final Map<String, LabeledStmt> declaredLabels = new LinkedHashMap<>();

    /** The identity a goto to label L and the statement list holding L agree on. */
    public Object gotoTarget(String label) {
        return gotoTargets.computeIfAbsent(label, l -> new Object());
    }

    FuncContext(FuncContext parent, String name, Signature sig, Escapes.Escaping escaping) {
        this.parent = parent;
        this.name = name;
        this.sig = sig;
        this.escaping = escaping;
    }

    public int newSlot(Rep rep) {
        FrameSlotKind kind = switch (rep) {
            case LONG -> FrameSlotKind.Long;
            case DOUBLE -> FrameSlotKind.Double;
            case BOOLEAN -> FrameSlotKind.Boolean;
            case OBJECT -> FrameSlotKind.Object;
        };
        slots++;
        return frame.addSlot(kind, null, null);
    }

    /** Index of a captured variable of an enclosing function in this closure's env (registering it). */
    public int capture(Entity.Var v) {
        Integer i = captureIndex.get(v);
        if (i == null) {
            i = captured.size();
            captured.add(v);
            captureIndex.put(v, i);
        }
        return i;
    }
}
