package gotruffle.nodes;

import com.oracle.truffle.api.nodes.Node;

/**
 * Source lines of executing nodes, for stack walks only: statements and call expressions carry
 * their line (set by the compiler), and a node's line is that of its innermost enclosing call or
 * statement. Nothing here runs on the fast path.
 */
public final class SourceLines {
    private SourceLines() {}

    /** A call expression node that knows its source line. */
    public interface CallSite {
        int line();
    }

    /** A node whose children lie on lines of their own (e.g. the cases of a select). */
    public interface ChildLines {
        /** The line of child, or 0. */
        int lineOf(Node child);
    }

    /** The line of the innermost call or statement enclosing n, or 0. */
    public static int lineOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getParent() instanceof ChildLines c) {
                int l = c.lineOf(x);
                if (l > 0) {
                    return l;
                }
            }
            if (x instanceof CallSite c && c.line() > 0) {
                return c.line();
            }
            if (x instanceof StmtNode s && s.line > 0) {
                return s.line;
            }
        }
        return 0;
    }
}
