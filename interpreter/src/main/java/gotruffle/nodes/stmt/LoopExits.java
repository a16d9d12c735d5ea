package gotruffle.nodes.stmt;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.BreakException;
import gotruffle.nodes.control.ContinueException;

/**
 * How jumps leave a loop (ForNode, RangeNode). A break, continue, return or goto in the body is a
 * control-flow exception; in compiled code the loop's RepeatingNode catches every one in its body
 * and hands those that leave the loop to its LoopNode as the loop's result, and the loop statement
 * throws them again outside the LoopNode. So no exception leaves compiled loop code: OSR code is a
 * call target of its own, and an exception its profile has not met (fannkuch's return from inside
 * its loops, once per call) deoptimizes it and throws the compiled loop away, to be compiled again
 * (bench/RESULTS.md, "OSR: jumps out of loops"). Within one compilation unit Graal turns throw and
 * catch into a jump.
 *
 * <p>For the same reason the ifs of a loop body whose branch leaves the loop keep both branches in
 * compiled code: such a branch runs at most once per run of the loop, so when a long loop gets its
 * OSR code it has usually never run, and a profile that speculates on that would deoptimize and
 * invalidate the OSR code at the loop's first exit.
 */
final class LoopExits {
    private LoopExits() {}

    /** Marks the ifs in the body of the loop target (nested loops included) that have a branch leaving it. */
    static void keepExitBranches(Node body, Object target) {
        if (body instanceof IfNode i && (leaves(i.then, target) || leaves(i.els, target))) {
            i.keepBothBranches();
        }
        NodeUtil.forEachChild(body, child -> {
            keepExitBranches(child, target);
            return true;
        });
    }

    /** Whether s ends in a jump that may leave the loop target: a return, goto, break, or continue of another loop. */
    private static boolean leaves(StmtNode s, Object target) {
        if (s instanceof BlockNode b) {
            return b.stmts.length > 0 && leaves(b.stmts[b.stmts.length - 1], target);
        }
        return s instanceof ReturnNode || s instanceof JumpNode j && !j.continues(target);
    }

    /**
     * Runs the body of the loop target once: null to go on with the next iteration, else the status
     * that ends the loop (its own break, or a jump that leaves it). Compiled (OSR or the function's
     * code) every jump becomes a status; in the interpreter a jump that leaves the loop is left to
     * unwind on its own (no compiled code to spare, and a second throw costs the interpreter time).
     */
    static Object runBody(StmtNode body, VirtualFrame frame, Object target) {
        if (CompilerDirectives.inInterpreter()) {
            try {
                body.executeVoid(frame);
            } catch (ContinueException c) {
                if (c.target != target) {
                    throw c;
                }
            } catch (BreakException b) {
                if (b.target != target) {
                    throw b;
                }
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            return null;
        }
        try {
            body.executeVoid(frame);
        } catch (ControlFlowException j) {
            if (j instanceof ContinueException c && c.target == target) {
                return null;
            }
            if (j instanceof BreakException b && b.target == target) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            return j; // to an outer statement, or return, goto, os.Exit, stack overflow
        }
        return null;
    }

    /** After the LoopNode ended with status: nothing for a normal end or this loop's break, else the jump goes on. */
    static void leave(Object status) {
        if (status != RepeatingNode.BREAK_LOOP_STATUS) {
            throw (ControlFlowException) status;
        }
    }

    /** RepeatingNode.executeRepeating for a body that reports its status (the LoopNode only calls executeRepeatingWithValue). */
    static boolean continues(Object status) {
        if (status == RepeatingNode.CONTINUE_LOOP_STATUS) {
            return true;
        }
        leave(status);
        return false;
    }
}
