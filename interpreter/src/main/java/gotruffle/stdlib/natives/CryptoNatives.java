package gotruffle.stdlib.natives;

import gotruffle.nodes.call.Native;
import gotruffle.values.GoSlice;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Natives of crypto/sha1, crypto/sha256, crypto/sha512 and crypto/md5 (the running state is a MessageDigest), and
 * crypto/rand, and the AES block of crypto/aes.
 */
public final class CryptoNatives {
    private CryptoNatives() {}

    private static MessageDigest digest(String alg) {
        try {
            return MessageDigest.getInstance(alg);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(alg + " is part of every Java platform", e);
        }
    }

    /** Sum must not disturb the running state, so it digests a clone. */
    private static byte[] current(MessageDigest md) {
        try {
            return ((MessageDigest) md.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("JDK digests are cloneable", e);
        }
    }

    private static void family(Map<String, Native> t, String pkg, String alg) {
        t.put(pkg + ".newState", (ctx, fiber, a) -> digest(alg));
        t.put(pkg + ".update", (ctx, fiber, a) -> {
            ((MessageDigest) a[0]).update(ByteSlices.toBytes(a[1]));
            return null;
        });
        t.put(pkg + ".current", (ctx, fiber, a) -> ByteSlices.fromBytes(current((MessageDigest) a[0])));
        t.put(pkg + ".digestOf", (ctx, fiber, a) -> ByteSlices.fromBytes(digest(alg).digest(ByteSlices.toBytes(a[0]))));
    }

    private static final SecureRandom SECURE = new SecureRandom();

    public static void register(Map<String, Native> t) {
        t.put("crypto/rand.fill", (ctx, fiber, a) -> {
            GoSlice b = (GoSlice) a[0];
            if (b != null && b.len > 0) {
                byte[] r = new byte[b.len];
                SECURE.nextBytes(r);
                ByteSlices.copyInto(b, r, r.length);
            }
            return null;
        });
        t.put("crypto/aes.expandKey", (ctx, fiber, a) -> AesKeys.of(ByteSlices.toBytes(a[0])));
        t.put("crypto/aes.cryptBlock", (ctx, fiber, a) -> {
            byte[] out = ((AesKeys) a[0]).crypt(ByteSlices.toBytes(a[2]), (Boolean) a[3]);
            ByteSlices.copyInto((GoSlice) a[1], out, out.length);
            return null;
        });
        family(t, "crypto/sha1", "SHA-1");
        family(t, "crypto/md5", "MD5");
        t.put("crypto/sha256.newState", (ctx, fiber, a) -> digest((Boolean) a[0] ? "SHA-224" : "SHA-256"));
        t.put("crypto/sha256.update", (ctx, fiber, a) -> {
            ((MessageDigest) a[0]).update(ByteSlices.toBytes(a[1]));
            return null;
        });
        t.put("crypto/sha256.current", (ctx, fiber, a) -> ByteSlices.fromBytes(current((MessageDigest) a[0])));
        t.put("crypto/sha256.digestOf", (ctx, fiber, a) ->
                ByteSlices.fromBytes(digest((Boolean) a[1] ? "SHA-224" : "SHA-256").digest(ByteSlices.toBytes(a[0]))));
        // sha512's Go side names the JDK algorithm (SHA-512, SHA-384, SHA-512/224, SHA-512/256).
        t.put("crypto/sha512.newState", (ctx, fiber, a) -> digest((String) a[0]));
        t.put("crypto/sha512.update", t.get("crypto/sha256.update"));
        t.put("crypto/sha512.current", t.get("crypto/sha256.current"));
        t.put("crypto/sha512.digestOf", (ctx, fiber, a) ->
                ByteSlices.fromBytes(digest((String) a[1]).digest(ByteSlices.toBytes(a[0]))));
    }
}
