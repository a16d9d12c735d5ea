package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;

import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Natives of hash/crc32 for the IEEE and Castagnoli polynomials: the JDK's CRC32/CRC32C (hardware
 * accelerated) from a zero start, a table loop when continuing from another value (the JDK
 * classes cannot start from one).
 */
public final class Crc32Natives {
    private Crc32Natives() {}

    private static final int IEEE = 0xedb88320, CASTAGNOLI = 0x82f63b78;
    private static final int[] IEEE_TABLE = table(IEEE), CASTAGNOLI_TABLE = table(CASTAGNOLI);

    public static void register(Map<String, Native> t) {
        t.put("hash/crc32.update", (ctx, f, a) -> {
            int crc = (int) (long) (Long) a[0];
            int poly = (int) (long) (Long) a[1];
            byte[] p = ByteSlices.toBytes(a[2]);
            if (crc == 0) {
                Checksum c = poly == IEEE ? new CRC32() : new CRC32C();
                c.update(p, 0, p.length);
                return c.getValue();
            }
            int[] tab = poly == IEEE ? IEEE_TABLE : CASTAGNOLI_TABLE;
            crc = ~crc;
            for (byte b : p) {
                crc = tab[(crc ^ b) & 0xFF] ^ (crc >>> 8);
            }
            return (~crc) & 0xFFFFFFFFL;
        });
    }

    private static int[] table(int poly) {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ poly : crc >>> 1;
            }
            t[i] = crc;
        }
        return t;
    }
}
