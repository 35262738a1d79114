package org.reciprocity.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps second-factor secrets out of a database dump: each TOTP secret is stored encrypted (AES-256-GCM, bound to
 * its account so that a row copied onto another account does not decrypt), each recovery code as an HMAC-SHA256.
 * Both keys are derived from {@code reciprocity.security.mfa.secret-key}, which lives outside the database.
 */
@Component
class SecondFactorKeys {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorKeys.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    SecondFactorKeys(SecondFactorSettings settings) {
        if (settings.secretKey().isBlank()) {
            throw new IllegalStateException("Set reciprocity.security.mfa.secret-key (RECIPROCITY_MFA_SECRET_KEY)");
        }
        if (settings.secretKey().equals(SecondFactorSettings.DEV_KEY)) {
            log.warn("Second-factor secrets use the development key: set reciprocity.security.mfa.secret-key "
                    + "(RECIPROCITY_MFA_SECRET_KEY) in production");
        }
        var master = settings.secretKey().getBytes(StandardCharsets.UTF_8);
        this.encryptionKey = new SecretKeySpec(derive(master, "totp-secret-encryption"), "AES");
        this.hashKey = new SecretKeySpec(derive(master, "recovery-code-hash"), "HmacSHA256");
    }

    byte[] newSecret() {
        var secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    String encrypt(long accountId, byte[] secret) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(accountBytes(accountId));
            var sealed = cipher.doFinal(secret);
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret, or {@link IllegalStateException} when it was sealed with another key or for another account. */
    byte[] decrypt(long accountId, String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown format of a stored second-factor secret");
        }
        var bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(accountBytes(accountId));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A second-factor secret does not decrypt: was the secret key changed?", e);
        }
    }

    /** The stored form of a recovery code (already in its canonical spelling). */
    String hash(long accountId, String recoveryCode) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            mac.update(accountBytes(accountId));
            return HexFormat.of().formatHex(mac.doFinal(recoveryCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    SecureRandom random() {
        return random;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] accountBytes(long accountId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(accountId).array();
    }
}
