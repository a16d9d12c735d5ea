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

        /** The column, or 0 when unknown. */
        default int col() {
            return 0;
        }
    }

    /** A node whose children lie on lines of their own (e.g. the cases of a select). */
    public interface ChildLines {
        /** The line of child, or 0. */
        int lineOf(Node child);
    }

    /** The column of the call lineOf(n) finds, or 0 (statements keep no column). */
    public static int colOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getParent() instanceof ChildLines c && c.lineOf(x) > 0) {
                return 0;
            }
            if (x instanceof CallSite c && c.line() > 0) {
                return c.col();
            }
            if (x instanceof StmtNode s && s.line > 0) {
                return 0;
            }
        }
        return 0;
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
