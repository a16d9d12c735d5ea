package gotruffle.nodes.call;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeVisitor;
import gotruffle.nodes.expr.CompareNode;
import gotruffle.nodes.expr.ConstNode;
import gotruffle.nodes.expr.ConvertNode;
import gotruffle.nodes.expr.FieldNodes;
import gotruffle.nodes.expr.FloatBinaryNode;
import gotruffle.nodes.expr.IndexNodes;
import gotruffle.nodes.expr.IntBinaryNode;
import gotruffle.nodes.expr.LogicalNode;
import gotruffle.nodes.expr.UnaryNode;
import gotruffle.nodes.local.ReadLocalNode;
import gotruffle.nodes.local.WriteLocalNode;
import gotruffle.nodes.stmt.BlockNode;
import gotruffle.nodes.stmt.IfNode;
import gotruffle.nodes.stmt.ReturnNode;

/**
 * Which Go functions Truffle may treat as trivial (RootNode.isTrivial): small leaf functions
 * such as spectral-norm's {@code a(i, j)}, a getter or a sort.Interface's Less. Graal's first tier
 * inlines only trivial callees, so without this a loop calling one ran its first compiled code
 * with a real call (boxed arguments and result) per iteration until the last tier.
 * <p>
 * Graal checks the claim after partial evaluation (no Truffle call, no loop, under 500 IR
 * nodes) and prints a performance warning on the process's stderr when it fails, so this is a
 * whitelist of node classes whose compiled code has none of those: locals, constants, integer
 * and float arithmetic, comparisons, conversions, if/return, struct field and slice,
 * array or string element reads (their slow paths are boundaries or deoptimize). Anything else, and any function with a defer or
 * with struct or array parameters or results (their copies loop), is not trivial.
 * TrivialFunctionsTest compiles every whitelisted shape and checks Graal agrees.
 */
final class TrivialFunctions {
    /** AST nodes, the root's body included: Truffle's idea of trivial is a getter, not a kernel. */
    static final int MAX_NODES = 40;

    private TrivialFunctions() {}

    /** body: the function's body; accept visits it and every node under it. */
    static boolean isTrivial(Node body) {
        int[] count = {0};
        boolean[] ok = {true};
        body.accept(new NodeVisitor() {
            @Override
            public boolean visit(Node n) {
                if (++count[0] > MAX_NODES || !leafShape(n)) {
                    ok[0] = false;
                }
                return ok[0];
            }
        });
        return ok[0];
    }

    private static boolean leafShape(Node n) {
        return n instanceof BlockNode || n instanceof ReturnNode || n instanceof IfNode
                || n instanceof ReadLocalNode || n instanceof WriteLocalNode || n instanceof ConstNode
                || n instanceof IntBinaryNode || n instanceof FloatBinaryNode || n instanceof UnaryNode
                || n instanceof LogicalNode || n instanceof CompareNode || n instanceof FieldNodes.Get
                || n instanceof IndexNodes.Get || n instanceof IndexNodes.Shapes || n instanceof IndexNodes.StringGet
                || n instanceof ConvertNode c && !c.copiesAggregate();
    }
}
