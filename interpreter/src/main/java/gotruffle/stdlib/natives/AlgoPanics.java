package gotruffle.stdlib.natives;

import gotruffle.nodes.GoPanic;
import gotruffle.stdlib.algo.AlgoPanic;
import gotruffle.types.Basic;
import gotruffle.values.GoRuntimeError;
import gotruffle.values.Iface;

/** Turns the algorithm classes' AlgoPanic into the Go panic the interpreter raises. */
final class AlgoPanics {
    private AlgoPanics() {}

    static RuntimeException toGo(AlgoPanic p) {
        if (p.runtimeError) {
            String m = p.getMessage();
            return new GoRuntimeError(m.startsWith("runtime error: ") ? m.substring("runtime error: ".length()) : m);
        }
        return new GoPanic(new Iface(Basic.STRING, p.getMessage()));
    }

    /** panic("msg") with a string value. */
    static GoPanic string(String msg) {
        return new GoPanic(new Iface(Basic.STRING, msg));
    }
}
