package gotruffle.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import gotruffle.nodes.ExprNode;
import gotruffle.values.GoArray;
import gotruffle.values.GoMap;
import gotruffle.values.GoSlice;
import gotruffle.values.GoSubstring;

/** len(x) and cap(x) of strings, slices, arrays, maps and channels (nil has length 0). */
public final class LenNode extends ExprNode {
    @Child private ExprNode x;
    private final boolean cap;

    public LenNode(ExprNode x, boolean cap) {
        this.x = x;
        this.cap = cap;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeLong(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        Object o = x.execute(frame);
        if (o instanceof GoSlice s) {
            return cap ? s.cap : s.len;
        } else if (o instanceof String s) {
            return s.length();
        } else if (o instanceof GoSubstring v) {
            return v.len;
        } else if (o instanceof GoArray a) {
            return a.length();
        } else if (o instanceof GoMap m) {
            return size(m);
        } else if (o == null) {
            return 0;
        }
        return ChannelOps.lenOrCap(o, cap);
    }

    @CompilerDirectives.TruffleBoundary
    private static int size(GoMap m) {
        return m.size();
    }
}
