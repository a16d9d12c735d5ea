package gotruffle.nodes.call;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.junit.jupiter.api.Test;

/**
 * Go's calls start with exception profiles that take a stack overflow (issue 12: a stack overflow unwinding compiled
 * recursion deoptimized once per frame). Fails when Truffle's runtime no longer has the profile
 * fields ExceptionProfiles sets, so that a Truffle upgrade cannot quietly bring the cliff back.
 */
class ExceptionProfilesTest {
    private static RootNode root() {
        return new RootNode(null) {
            @Override
            public Object execute(VirtualFrame frame) {
                return null;
            }
        };
    }

    @Test
    void callNodesTakeAnyException() {
        RootNode r = root();
        assertFalse(ExceptionProfiles.isGeneric(DirectCallNode.create(r.getCallTarget())), "Truffle's own call node starts with no exception seen");
        assertTrue(ExceptionProfiles.isGeneric(ExceptionProfiles.direct(r.getCallTarget())));
        assertTrue(ExceptionProfiles.isGeneric(ExceptionProfiles.indirect()));
    }

    @Test
    void functionTargetTakesControlFlowExceptions() {
        FuncRootNode f = new FuncRootNode(null, new FrameDescriptor(), "f");
        assertFalse(ExceptionProfiles.takesControlFlow(f.getCallTarget()));
        ExceptionProfiles.takeControlFlow(f);
        assertTrue(ExceptionProfiles.takesControlFlow(f.getCallTarget()));
        assertFalse(ExceptionProfiles.isGeneric(f.getCallTarget()), "only GoStackOverflow's category: the handler stays foldable");
    }

    @Test
    void adapterTargetTakesAnyException() {
        RootNode r = root();
        assertFalse(ExceptionProfiles.isGeneric(r.getCallTarget()));
        ExceptionProfiles.makeGeneric(r);
        assertTrue(ExceptionProfiles.isGeneric(r.getCallTarget()));
    }
}
