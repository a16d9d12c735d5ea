package gotruffle.nodes.stmt;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import gotruffle.nodes.ExprNode;
import gotruffle.nodes.Preemption;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.control.BreakException;
import gotruffle.nodes.control.ContinueException;

/**
 * for init; cond; post { body }, as a Truffle LoopNode so hot loops get on-stack replacement.
 * break/continue arrive as exceptions carrying their target; this loop handles its own and
 * rethrows others (labeled jumps to outer statements). Each iteration polls the goroutine's
 * preempt flag, so a busy loop cannot starve other goroutines.
 */
public final class ForNode extends StmtNode {
    @Child private StmtNode init;
    @Child private LoopNode loop;

    public ForNode(StmtNode init, ExprNode cond, StmtNode post, StmtNode body, Object target) {
        this.init = init;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(cond, post, body, target));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (init != null) {
            init.executeVoid(frame);
        }
        try {
            loop.execute(frame);
        } catch (BreakException b) {
            if (b.target != ((Body) loop.getRepeatingNode()).target) {
                throw b;
            }
        }
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
            if (cond != null && !cond.executeBoolean(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException c) {
                if (c.target != target) {
                    throw c;
                }
            }
            if (post != null) {
                post.executeVoid(frame);
            }
            poll.poll(frame);
            return true;
        }
    }
}
