package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238's test vectors (appendix B, the SHA1 column) and RFC 4648's Base32 ones. */
class TotpTest {

    /** The RFC's SHA1 seed: the ASCII digits "1234567890" twice (20 bytes). */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource(textBlock = """
            59,          94287082
            1111111109,  07081804
            1111111111,  14050471
            1234567890,  89005924
            2000000000,  69279037
            20000000000, 65353130
            """)
    void theCodesOfRfc6238(long epochSecond, String eightDigits) {
        var step = Totp.step(Instant.ofEpochSecond(epochSecond));
        assertThat(Totp.code(SEED, step, 8)).isEqualTo(eightDigits);
        // six digits, as the apps show: the same truncation modulo 10^6, i.e. the last six of the eight
        assertThat(Totp.code(SEED, step, Totp.DIGITS)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void aCodeCountsOneStepEitherSideOfNowAndNoFurther() {
        var now = Instant.ofEpochSecond(1_111_111_111);
        var step = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            var code = Totp.code(SEED, step + offset, Totp.DIGITS);
            assertThat(Totp.matchingSteps(SEED, code, now).toArray()).as("offset " + offset).contains(step + offset);
        }
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, step - 2, Totp.DIGITS), now).toArray()).isEmpty();
        assertThat(Totp.matchingSteps(SEED, Totp.code(SEED, step + 2, Totp.DIGITS), now).toArray()).isEmpty();
        assertThat(Totp.matchingSteps(SEED, "12345", now).toArray()).as("too short").isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\" in Base32")
    @CsvSource(textBlock = """
            f,      MY
            fo,     MZXQ
            foo,    MZXW6
            foob,   MZXW6YQ
            fooba,  MZXW6YTB
            foobar, MZXW6YTBOI
            """)
    void base32AsRfc4648WithoutPadding(String text, String encoded) {
        var bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(bytes);
    }

    @Test
    void aKeyTypedInGroupsDecodesAndAStrangeCharacterIsRefused() {
        assertThat(Base32.decode("MZXW 6YTB OI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Base32.encode(new byte[Totp.SECRET_BYTES])).as("160 bits: 32 characters").hasSize(32);
    }
}
