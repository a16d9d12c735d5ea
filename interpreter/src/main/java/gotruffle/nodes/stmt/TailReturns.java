package gotruffle.nodes.stmt;

import gotruffle.nodes.StmtNode;

import java.util.Arrays;

/**
 * Returns that need no unwinding. A return that is the last thing its function runs (the body's
 * last statement, or the last of a branch of an if or of a switch clause that is itself last)
 * stores the results and lets the body end; any other return throws ReturnException to the
 * function root. A thrown exception costs HotSpot a frame-by-frame unwind in interpreted Go code
 * (~10% of spectral-norm's interpreted time, bench/RESULTS.md); Graal compiles both alike.
 * Early returns become last ones: {@code if c { ...; return }; rest} runs as
 * {@code if c { ...; return } else { rest }} (the moved statements keep their lines).
 * Applied once to a function body before its root adopts it.
 */
public final class TailReturns {
    private TailReturns() {}

    public static StmtNode apply(StmtNode body) {
        return tail(body);
    }

    /** s in tail position: nothing runs after it but the function's end. */
    private static StmtNode tail(StmtNode s) {
        if (s instanceof ReturnNode r) {
            return r.asTail();
        }
        if (s instanceof BlockNode b) {
            return tailBlock(b);
        }
        if (s instanceof IfNode i) {
            i.then = tail(i.then);
            if (i.els != null) {
                i.els = tail(i.els);
            }
            return i;
        }
        if (s instanceof BreakableNode b && b.body instanceof SwitchNode sw) {
            // a break leaves the switch, so it ends the function too; a clause ending in
            // fallthrough goes on into the next one
            for (int i = 0; i < sw.bodies.length; i++) {
                if (!sw.fallthrough[i]) {
                    sw.bodies[i] = tail(sw.bodies[i]);
                }
            }
            return b;
        }
        return s; // loops, select, goto lists: their returns still unwind
    }

    private static StmtNode tailBlock(BlockNode b) {
        StmtNode[] ss = b.stmts;
        if (ss.length == 0) {
            return b;
        }
        for (int i = 0; i < ss.length - 1; i++) {
            StmtNode folded = fold(ss[i], ss, i + 1);
            if (folded != null) {
                ss = Arrays.copyOf(ss, i + 1);
                ss[i] = folded;
                break;
            }
        }
        ss[ss.length - 1] = tail(ss[ss.length - 1]);
        if (ss == b.stmts) {
            return b;
        }
        BlockNode n = new BlockNode(ss);
        n.line = b.line;
        return n;
    }

    /**
     * {@code s; rest} as one statement with rest (block[from:]) moved into the branch of an if in s
     * that does not return (the other one does), or null when s has no such if last. The rest is
     * copied only when it folds: a copy per statement was quadratic in the block's length (issue
     * 12: 20,000 statements took seconds).
     */
    private static StmtNode fold(StmtNode s, StmtNode[] block, int from) {
        if (s instanceof IfNode i) {
            if (returns(i.then)) {
                StmtNode[] rest = Arrays.copyOfRange(block, from, block.length);
                i.els = i.els == null ? seq(rest) : seq(prepend(i.els, rest));
                return i;
            }
            if (i.els != null && returns(i.els)) {
                i.then = seq(prepend(i.then, Arrays.copyOfRange(block, from, block.length)));
                return i;
            }
            return null;
        }
        if (s instanceof BlockNode b && b.stmts.length > 0) {
            StmtNode last = fold(b.stmts[b.stmts.length - 1], block, from);
            if (last == null) {
                return null;
            }
            b.stmts[b.stmts.length - 1] = last;
            return b;
        }
        return null;
    }

    /** Whether s always ends in a return statement (panics and jumps are not counted). */
    private static boolean returns(StmtNode s) {
        if (s instanceof ReturnNode) {
            return true;
        }
        if (s instanceof BlockNode b) {
            return b.stmts.length > 0 && returns(b.stmts[b.stmts.length - 1]);
        }
        if (s instanceof IfNode i) {
            return i.els != null && returns(i.then) && returns(i.els);
        }
        return false;
    }

    private static StmtNode[] prepend(StmtNode first, StmtNode[] rest) {
        StmtNode[] all = new StmtNode[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static StmtNode seq(StmtNode[] ss) {
        return ss.length == 1 ? ss[0] : new BlockNode(ss);
    }
}
