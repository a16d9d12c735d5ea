package gotruffle.builtins;

import gotruffle.runtime.chan.Chan;

/** len and cap of channels (the runtime's hchan). */
final class ChannelOps {
    private ChannelOps() {}

    static long lenOrCap(Object ch, boolean cap) {
        Chan c = (Chan) ch;
        return cap ? Chan.cap(c) : Chan.len(c);
    }
}
