package gotruffle.stdlib.natives;

import com.oracle.truffle.api.TruffleFile;
import gotruffle.GoContext;
import gotruffle.nodes.call.Native;
import gotruffle.stdlib.text.Utf8;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** Natives of package time: the clocks, the Local zone, and wide remainders. */
public final class TimeNatives {
    private TimeNatives() {}

    public static void register(Map<String, Native> t) {
        t.put("time.now", (ctx, fiber, a) -> {
            Instant now = Instant.now();
            return new Object[]{now.getEpochSecond(), (long) now.getNano(), System.nanoTime() - ctx.monoBase};
        });
        t.put("time.localZone", (ctx, fiber, a) -> zoneAt(localZone(ctx), (Long) a[0]));
        t.put("time.zoneAt", (ctx, fiber, a) -> zoneAt(ZoneId.of(Utf8.toJava((String) a[0])), (Long) a[1]));
        t.put("time.zoneDST", (ctx, fiber, a) -> {
            String zone = (String) a[0];
            ZoneId z = zone.isEmpty() ? localZone(ctx) : ZoneId.of(Utf8.toJava(zone));
            return z.getRules().isDaylightSavings(Instant.ofEpochSecond(clampSeconds((Long) a[1])));
        });
        t.put("time.zoneBounds", (ctx, fiber, a) -> {
            String zone = (String) a[0];
            long unix = clampSeconds((Long) a[1]);
            ZoneRules rules = (zone.isEmpty() ? localZone(ctx) : ZoneId.of(Utf8.toJava(zone))).getRules();
            long[] ruled = ruledZoneBounds(rules, unix);
            if (ruled != null) {
                return new Object[]{ruled[0], ruled[1], true, true};
            }
            // a transition at unix itself starts the zone in effect there
            ZoneOffsetTransition prev = unix == Instant.MAX.getEpochSecond() ? null : rules.previousTransition(Instant.ofEpochSecond(unix, 1));
            ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(unix));
            return new Object[]{prev == null ? 0L : prev.toEpochSecond(), next == null ? 0L : next.toEpochSecond(), prev != null, next != null};
        });
        t.put("time.zoneCheck", (ctx, fiber, a) -> zoneCheck(ctx, Utf8.toJava((String) a[0])));
        t.put("time.localName", (ctx, fiber, a) -> Utf8.fromJava(localName(ctx.environment().get("TZ"))));
        t.put("time.modDuration", (ctx, fiber, a) -> {
            BigInteger total = BigInteger.valueOf((Long) a[0]).multiply(BigInteger.valueOf(1_000_000_000L))
                    .add(BigInteger.valueOf((Long) a[1]));
            return total.mod(BigInteger.valueOf((Long) a[2])).longValue();
        });
    }

    /** 2038-01-01T00:00Z: the tz database files Go reads list a zone's transitions up to here. */
    private static final long LISTED_UNTIL = 2145916800L;

    /**
     * Zone bounds where Go computes them from the zone's rule rather than its list of transitions
     * (a zone that still changes, past its last listed transition): within the UTC year of unix,
     * with that year's start and its start plus 365 days standing for the changes outside it.
     * Null where the list decides.
     */
    private static long[] ruledZoneBounds(ZoneRules rules, long unix) {
        ZoneOffsetTransition last = rules.previousTransition(Instant.ofEpochSecond(LISTED_UNTIL));
        if (rules.getTransitionRules().isEmpty() || last == null || unix < last.toEpochSecond()) {
            return null;
        }
        long yearStart = LocalDate.ofInstant(Instant.ofEpochSecond(unix), ZoneOffset.UTC).withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        ZoneOffsetTransition first = rules.nextTransition(Instant.ofEpochSecond(yearStart - 1));
        ZoneOffsetTransition second = first == null ? null : rules.nextTransition(first.getInstant());
        if (second == null) {
            return null;
        }
        long t1 = first.toEpochSecond(), t2 = second.toEpochSecond();
        return unix < t1 ? new long[]{yearStart, t1} : unix >= t2 ? new long[]{t2, yearStart + 365 * 86400L} : new long[]{t1, t2};
    }

    /** The zone's abbreviation and offset at a Unix second, as Go's (*Location).lookup returns them. */
    private static Object[] zoneAt(ZoneId zone, long unix) {
        Instant at = Instant.ofEpochSecond(clampSeconds(unix));
        int offset = zone.getRules().getOffset(at).getTotalSeconds();
        return new Object[]{Utf8.fromJava(zoneAbbreviation(zone, at)), (long) offset};
    }

    /**
     * Go's LoadLocation reads the zone's file from the system's tz database; the JVM's own copy of
     * that database gives the rules. A name needs both (the JVM also takes "+05:00" or "GMT+3").
     * Returns "" or Go's error text (a directory fails reading: EISDIR's text).
     */
    private static String zoneCheck(GoContext ctx, String name) {
        TruffleFile f = ctx.env.getPublicTruffleFile("/usr/share/zoneinfo/" + name);
        if (f.isDirectory()) {
            return "is a directory";
        }
        try {
            if (f.isRegularFile()) {
                ZoneId.of(name);
                return "";
            }
        } catch (DateTimeException e) {
            // not in the JVM's database
        }
        return Utf8.fromJava("unknown time zone " + name);
    }

    private static long clampSeconds(long s) {
        return Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), s));
    }

    /** Local's name as Go sets it from $TZ: "Local" for the system zone, else the zone's name or "UTC". */
    private static String localName(String tz) {
        if (tz == null) {
            return "Local";
        }
        String name = tz.startsWith(":") ? tz.substring(1) : tz;
        if (name.equals("/etc/localtime")) {
            return "Local";
        }
        if (name.isEmpty() || name.equals("UTC")) {
            return "UTC";
        }
        try {
            ZoneId.of(name.startsWith("/") ? name.replaceFirst("^/usr/share/zoneinfo/", "") : name);
            return name;
        } catch (DateTimeException e) {
            return "UTC";
        }
    }

    /** Go reads $TZ (empty = UTC) before /etc/localtime; the JVM default zone covers the rest. */
    private static ZoneId localZone(GoContext ctx) {
        String tz = ctx.environment().get("TZ");
        if (tz != null) {
            if (tz.isEmpty() || tz.equals("UTC")) {
                return ZoneOffset.UTC;
            }
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneId.systemDefault();
    }

    /** tzdata's abbreviations are the JVM's US names (the ROOT locale gives only GMT+hh:mm). */
    private static String zoneAbbreviation(ZoneId zone, Instant at) {
        if (zone.normalized() instanceof ZoneOffset off && off.getTotalSeconds() == 0) {
            return "UTC";
        }
        boolean dst = zone.getRules().isDaylightSavings(at);
        String name = DateTimeFormatter.ofPattern("zzz", Locale.US).withZone(zone).format(at);
        if (name.startsWith("GMT") && name.length() > 3 || name.startsWith("UTC") && name.length() > 3) {
            // No abbreviation: Go uses the numeric offset, e.g. "+03".
            int s = zone.getRules().getOffset(at).getTotalSeconds();
            int m = Math.abs(s) / 60;
            String r = (s < 0 ? "-" : "+") + String.format("%02d", m / 60);
            return m % 60 != 0 ? r + String.format("%02d", m % 60) : r;
        }
        return dst && name.isEmpty() ? zone.getDisplayName(TextStyle.SHORT, Locale.ROOT) : name;
    }
}
