package org.reciprocity.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.stream.LongStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) with HMAC-SHA1, 30-second steps and 6 digits:
 * what every authenticator app computes from the secret in the QR code.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Steps either side of now that still count: a phone's clock a little off, a code typed as it changed. */
    static final int TOLERANCE = 1;
    /** 160 bits, the length RFC 4226 recommends for HMAC-SHA1. */
    static final int SECRET_BYTES = 20;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step, zero-padded to {@code digits}. */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(longBytes(step));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
        int offset = hash[hash.length - 1] & 0x0f; // RFC 4226 §5.3, dynamic truncation
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        var text = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - text.length()) + text;
    }

    /**
     * The steps within {@link #TOLERANCE} of {@code now} whose code this is (almost always none or one). Whether
     * a step was spent already (RFC 6238 §5.2: a code is accepted once) is for the caller to know.
     */
    static LongStream matchingSteps(byte[] secret, String code, Instant now) {
        var typed = code.getBytes(StandardCharsets.US_ASCII);
        var current = step(now);
        var matching = LongStream.builder();
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            // each candidate compared in constant time: timing tells nothing about which digits were right
            if (MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII), typed)) {
                matching.add(step);
            }
        }
        return matching.build();
    }

    private static byte[] longBytes(long value) {
        var bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }
}
