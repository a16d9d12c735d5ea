package gotruffle.stdlib;

import gotruffle.nodes.call.Native;
import gotruffle.stdlib.natives.AtomicNatives;
import gotruffle.stdlib.natives.BigNatives;
import gotruffle.stdlib.natives.BitsNatives;
import gotruffle.stdlib.natives.BufioNatives;
import gotruffle.stdlib.natives.BytesNatives;
import gotruffle.stdlib.natives.Crc32Natives;
import gotruffle.stdlib.natives.CryptoNatives;
import gotruffle.stdlib.natives.FlagNatives;
import gotruffle.stdlib.natives.FlateNatives;
import gotruffle.stdlib.natives.FmtNatives;
import gotruffle.stdlib.natives.HexNatives;
import gotruffle.stdlib.natives.HttpNatives;
import gotruffle.stdlib.natives.JsonNatives;
import gotruffle.stdlib.natives.MathNatives;
import gotruffle.stdlib.natives.NetNatives;
import gotruffle.stdlib.natives.OsNatives;
import gotruffle.stdlib.natives.ProcessNatives;
import gotruffle.stdlib.natives.RandNatives;
import gotruffle.stdlib.natives.ReflectNatives;
import gotruffle.stdlib.natives.RegexpNatives;
import gotruffle.stdlib.natives.RuntimeNatives;
import gotruffle.stdlib.natives.SignalNatives;
import gotruffle.stdlib.natives.SortNatives;
import gotruffle.stdlib.natives.StrconvNatives;
import gotruffle.stdlib.natives.StringsNatives;
import gotruffle.stdlib.natives.SyncNatives;
import gotruffle.stdlib.natives.SyscallNatives;
import gotruffle.stdlib.natives.TimeNatives;
import gotruffle.stdlib.natives.TimerNatives;
import gotruffle.stdlib.natives.UnicodeNatives;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The registry of Java-implemented standard library functions, by qualified Go name
 * ("strings.Index", "strings.Builder.String"). One class per Go package (or small group) in
 * gotruffle.stdlib.natives contributes its natives through a static register(Map) method,
 * listed explicitly in {@link #CLASSES}: a missing class is a compile error, and a name
 * registered twice fails at start-up. NativesCoverageTest checks the table against the
 * bodiless declarations of the prelude.
 */
public final class Natives {
    /** Every natives class; add a new package's class here. */
    private static final List<Consumer<Map<String, Native>>> CLASSES = List.of(
            CoreNatives::register,
            AtomicNatives::register,
            BigNatives::register,
            BitsNatives::register,
            BufioNatives::register,
            BytesNatives::register,
            Crc32Natives::register,
            CryptoNatives::register,
            FlagNatives::register,
            FlateNatives::register,
            FmtNatives::register,
            HexNatives::register,
            HttpNatives::register,
            JsonNatives::register,
            MathNatives::register,
            NetNatives::register,
            OsNatives::register,
            ProcessNatives::register,
            RandNatives::register,
            ReflectNatives::register,
            RegexpNatives::register,
            RuntimeNatives::register,
            SignalNatives::register,
            SortNatives::register,
            StrconvNatives::register,
            StringsNatives::register,
            SyncNatives::register,
            SyscallNatives::register,
            TimeNatives::register,
            TimerNatives::register,
            UnicodeNatives::register);

    private static final Map<String, Native> TABLE = new HashMap<>();

    static {
        Map<String, Native> once = new HashMap<>() {
            @Override
            public Native put(String name, Native n) {
                if (containsKey(name)) {
                    throw new IllegalStateException("native " + name + " registered twice");
                }
                return super.put(name, n);
            }
        };
        for (Consumer<Map<String, Native>> c : CLASSES) {
            c.accept(once);
        }
        TABLE.putAll(once);
    }

    private Natives() {}

    public static Native lookup(String qualifiedName) {
        return TABLE.get(qualifiedName);
    }

    /** Every registered name (for the coverage test). */
    public static Set<String> names() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }
}
