package gotruffle.values;

import com.oracle.truffle.api.RootCallTarget;

/**
 * A func value: its code and its environment (captured Cells of a closure, the bound receiver of
 * a method value, or null). Calls pass {fiber, env, params...} as the frame arguments.
 */
public final class GoFunc {
    public final RootCallTarget target;
    public final Object env;

    public GoFunc(RootCallTarget target, Object env) {
        this.target = target;
        this.env = env;
    }
}
