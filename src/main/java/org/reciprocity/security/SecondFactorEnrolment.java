package org.reciprocity.security;

/**
 * A new TOTP secret to put into an authenticator app, as the person's app takes it.
 *
 * @param key        the secret in Base32, for typing by hand
 * @param otpauthUri the {@code otpauth://totp/…} address the QR code carries
 */
public record SecondFactorEnrolment(String key, String otpauthUri) {
}
