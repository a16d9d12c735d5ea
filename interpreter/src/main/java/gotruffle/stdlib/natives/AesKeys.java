package gotruffle.stdlib.natives;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/** An AES key expanded by the JDK, one cipher per direction; a Go Block may be shared by goroutines. */
final class AesKeys {
    private final Cipher encrypt;
    private final Cipher decrypt;

    private AesKeys(Cipher encrypt, Cipher decrypt) {
        this.encrypt = encrypt;
        this.decrypt = decrypt;
    }

    static AesKeys of(byte[] key) {
        try {
            SecretKeySpec spec = new SecretKeySpec(key, "AES");
            Cipher e = Cipher.getInstance("AES/ECB/NoPadding");
            e.init(Cipher.ENCRYPT_MODE, spec);
            Cipher d = Cipher.getInstance("AES/ECB/NoPadding");
            d.init(Cipher.DECRYPT_MODE, spec);
            return new AesKeys(e, d);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES is part of every Java platform", ex);
        }
    }

    /** One 16-byte block. */
    byte[] crypt(byte[] block, boolean backwards) {
        Cipher c = backwards ? decrypt : encrypt;
        synchronized (c) {
            try {
                return c.doFinal(block);
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException("a whole AES block", ex);
            }
        }
    }
}
