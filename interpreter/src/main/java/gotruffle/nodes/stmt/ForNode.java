package gotruffle.nodes.stmt;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.Preemption;
import gotruffle.nodes.StmtNode;

/**
 * for init; cond; post { body }, as a Truffle LoopNode so hot loops get on-stack replacement.
 * break/continue arrive as exceptions carrying their target; this loop handles its own, and
 * others (labeled jumps to outer statements, return, goto) leave the LoopNode as its result and
 * are thrown again outside it (LoopExits). Each iteration polls the goroutine's preempt flag, so
 * a busy loop cannot starve other goroutines.
 */
public final class ForNode extends StmtNode {
    @Child private StmtNode init;
    @Child private LoopNode loop;

    public ForNode(StmtNode init, ExprNode cond, StmtNode post, StmtNode body, Object target) {
        this.init = init;
        LoopExits.keepExitBranches(body, target);
        this.loop = Truffle.getRuntime().createLoopNode(new Body(cond, post, body, target));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (init != null) {
            init.executeVoid(frame);
        }
        LoopExits.leave(loop.execute(frame));
    }

    static final class Body extends Node implements RepeatingNode {
        @Child private ExprNode cond;
        @Child private StmtNode post;
        @Child private StmtNode body;
        @Child private Preemption.Poll poll = new Preemption.Poll();
        final Object target;

        Body(ExprNode cond, StmtNode post, StmtNode body, Object target) {
            this.cond = cond;
            this.post = post;
            this.body = body;
            this.target = target;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return LoopExits.continues(executeRepeatingWithValue(frame));
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (cond != null && !cond.executeBoolean(frame)) {
                return BREAK_LOOP_STATUS;
            }
            Object exit = LoopExits.runBody(body, frame, target);
            if (exit != null) {
                return exit;
            }
            if (post != null) {
                post.executeVoid(frame);
            }
            poll.poll(frame);
            return CONTINUE_LOOP_STATUS;
        }
    }
}
