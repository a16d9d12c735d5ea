package gotruffle.nodes.call;

import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeVisitor;
import gotruffle.nodes.SourceLines;

/**
 * Which Go functions Truffle may treat as trivial (RootNode.isTrivial): small bodies without
 * loops, calls or defer statements, such as spectral-norm's {@code a(i, j)} or a getter.
 * Graal's first tier inlines only trivial callees, so the first compiled code of a loop that
 * calls one already runs without a call, boxed arguments and a boxed result per iteration;
 * without this the loop ran as slow calls until its last-tier compilation (bench/RESULTS.md).
 */
public final class TrivialFunctions {
    /** Nodes of the function's AST, root included; Truffle's own first-tier examples are this small. */
    static final int MAX_NODES = 40;

    private TrivialFunctions() {}

    static boolean isTrivial(FuncRootNode root) {
        int[] count = {0};
        boolean[] ok = {true};
        root.accept(new NodeVisitor() {
            @Override
            public boolean visit(Node n) {
                if (++count[0] > MAX_NODES || n instanceof LoopNode || n instanceof SourceLines.CallSite
                        || n instanceof DirectCallNode || n instanceof IndirectCallNode) {
                    ok[0] = false;
                }
                return ok[0];
            }
        });
        return ok[0] && !root.hasDefer();
    }
}
