package org.reciprocity.reporting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Receipt codes: 16 characters of Crockford's base32 (no I, L, O, U), 5 random bits each = 80 bits from
 * {@link SecureRandom}, written as four groups of four. Only a PBKDF2 hash with the application's pepper is
 * stored; the same hash finds the report again.
 */
@Component
class ReceiptCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(ReceiptCodes.class);
    /**
     * Hashed in place of a malformed code, so that it costs the same time as a well-formed one. Contains U, which
     * no code does (normalising refuses it), so its hash never matches a report.
     */
    private static final String FILLER = "UUUUUUUUUUUUUUUU";

    private final SecureRandom random = new SecureRandom();
    private final byte[] pepper;
    private final int iterations;

    ReceiptCodes(ReportingSettings settings) {
        this.pepper = settings.codePepper().getBytes(StandardCharsets.UTF_8);
        this.iterations = settings.codeIterations();
        if (ReportingSettings.DEV_PEPPER.equals(settings.codePepper())) {
            log.warn("Receipt codes use the development pepper: set reciprocity.reporting.code-pepper in production");
        }
    }

    /** A new code, formatted for people: {@code 7K2M-Q9XD-4TNB-H3FR} (or the demo's {@link KnownReceiptCode}). */
    String generate() {
        var known = KnownReceiptCode.take();
        if (known != null) {
            return known;
        }
        var code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The canonical form of what someone typed: upper case, without spaces or dashes, look-alikes mapped
     * (O→0, I and L→1); empty if it cannot be a code.
     */
    static Optional<String> normalise(String typed) {
        if (typed.length() > 64) {
            return Optional.empty();
        }
        var canonical = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t', '\u00a0' -> {
                }
                case 'O' -> canonical.append('0');
                case 'I', 'L' -> canonical.append('1');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    canonical.append(c);
                }
            }
        }
        return canonical.length() == LENGTH ? Optional.of(canonical.toString()) : Optional.empty();
    }

    /**
     * The stored form (hex of the hash) of a code, as issued or as someone typed it. A malformed code is hashed as
     * {@link #FILLER}, which matches no report: it takes as long as an unknown one, database lookup included.
     */
    String storedHash(String typed) {
        return hex(hash(normalise(typed).orElse(FILLER)));
    }

    byte[] hash(String canonical) {
        try {
            var spec = new PBEKeySpec(canonical.toCharArray(), pepper, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
