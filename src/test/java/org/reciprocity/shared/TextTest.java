package org.reciprocity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final String EM_SPACE = "\u2003";
    private static final String NBSP = "\u00a0";
    private static final String ZWSP = "\u200b";

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    record Story(@PlainText(min = 20, max = 60, multiline = true, required = "{story.required}",
            message = "{story.length}") @Nullable String text) {
    }

    record Name(@PlainText(max = 10, required = "{name.required}", message = "{name.length}") @Nullable String name) {
    }

    record Note(@PlainText(max = 10, multiline = true, message = "{note.length}") @Nullable String note) {
    }

    record Contact(@EmailAddress(message = "{email.invalid}") @Nullable String email) {
    }

    private static Set<String> keys(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ViolationKeys::of).collect(Collectors.toSet());
    }

    @Test
    void aLetterPaddedWithEmSpacesIsOneCharacterAndTooShort() {
        var padded = "a" + EM_SPACE.repeat(30);
        assertThat(Text.lines(padded)).isEqualTo("a");
        assertThat(Text.visibleLength(Text.lines(padded))).isEqualTo(1);
        assertThat(keys(VALIDATOR.validate(new Story(padded)))).containsExactly("story.length");
        assertThat(keys(VALIDATOR.validate(new Story("a" + EM_SPACE.repeat(30) + "b")))).containsExactly("story.length");
    }

    @Test
    void namesOfOnlyInvisibleOrNoBreakSpacesAreEmpty() {
        for (var blank : new String[] {NBSP.repeat(5), ZWSP.repeat(5), "\u2060\ufeff\u200d" + NBSP, "\u3000\u205f\u202f"}) {
            assertThat(Text.line(blank)).isEmpty();
            assertThat(keys(VALIDATOR.validate(new Name(blank)))).containsExactly("name.required");
        }
        assertThat(keys(VALIDATOR.validate(new Name(null)))).containsExactly("name.required");
    }

    @Test
    void aLineIsStrippedAndItsInnerRunsOfSpacesBecomeOne() {
        assertThat(Text.line(NBSP + " Anna" + EM_SPACE + "\t\r\n Kovalenko" + ZWSP + " ")).isEqualTo("Anna Kovalenko");
        assertThat(Text.line("x\r\nBcc: victim@example.com")).isEqualTo("x Bcc: victim@example.com");
    }

    @Test
    void severalLinesKeepTheirBreaksAsLineFeedsWithAtMostOneEmptyLine() {
        assertThat(Text.lines("  First line.  \r\nSecond\rthird\u2028fourth\n\n\n\n \n\t\nLast.\t ")).isEqualTo(
                "First line.\nSecond\nthird\nfourth\n\nLast.");
        assertThat(Text.lines("keeps\tinner  spaces")).isEqualTo("keeps\tinner  spaces");
    }

    @Test
    void textIsComposedToNfc() {
        assertThat(Text.line("И\u0306e\u0301")).as("И + breve, e + acute").isEqualTo("\u0419\u00e9");
        assertThat(Text.visibleLength("e\u0301")).as("a mark does not count on its own").isEqualTo(1);
    }

    @Test
    void visibleCharactersAreCodePointsWithoutInvisibleFormattingAndMarks() {
        assertThat(Text.visibleLength("😀😀😀")).as("three emoji, six UTF-16 units").isEqualTo(3);
        assertThat(Text.visibleLength("a" + ZWSP + "b\u200dc")).isEqualTo(3);
        assertThat(Text.visibleLength("a" + "\u0336".repeat(40))).as("a letter under forty strike marks").isEqualTo(1);
        assertThat(Text.visibleLength("one two  three")).isEqualTo(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000here", "bell\u0007", "escape\u001b[31m", "del\u007f", "c1\u0085x\u009b",
            "vt\u000bff\u000c", "separator\u001f", "rlo\u202etxt.exe", "lre\u202a", "pdf\u202c", "rli\u2067x\u2069",
            "lone\ud800high", "lone\udc00low", "end\ud83d", "non\ufffe", "non\uffff", "non\ufdd0"})
    void controlSurrogateNonCharacterAndBidiOverrideAreRefused(String hostile) {
        assertThat(keys(VALIDATOR.validate(new Name(hostile)))).containsExactly("text.unstorable");
        assertThat(keys(VALIDATOR.validate(new Note(hostile)))).containsExactly("text.unstorable");
    }

    @Test
    void tabsAndLineBreaksAreFineInSeveralLinesAndBecomeSpacesInOne() {
        assertThat(VALIDATOR.validate(new Note("a\tb\nc"))).isEmpty();
        assertThat(Text.line("a\tb\nc")).isEqualTo("a b c");
        assertThat(VALIDATOR.validate(new Name("a\tb\nc"))).isEmpty();
        assertThat(Text.storable("a\tb", false)).as("a tab left in a single line").isFalse();
    }

    @Test
    void directionMarksAndJoinersAreFine() {
        assertThat(VALIDATOR.validate(new Note("שלום\u200e abc"))).isEmpty();
        assertThat(VALIDATOR.validate(new Note("👩\u200d💻"))).isEmpty();
    }

    @Test
    void theMaximumCountsVisibleCharactersAndTheColumnsUnits() {
        assertThat(VALIDATOR.validate(new Name("Ä".repeat(10)))).isEmpty();
        assertThat(VALIDATOR.validate(new Name("A\u0308".repeat(10)))).as("composed to Ä first").isEmpty();
        assertThat(keys(VALIDATOR.validate(new Name("x".repeat(11))))).containsExactly("name.length");
        assertThat(keys(VALIDATOR.validate(new Name("😀".repeat(6))))).as("6 visible, 12 units: the column holds 10")
                .containsExactly("name.length");
        assertThat(keys(VALIDATOR.validate(new Name("x".repeat(1_000_000))))).containsExactly("name.length");
    }

    @Test
    void anOptionalTextMayBeEmpty() {
        assertThat(VALIDATOR.validate(new Note(null))).isEmpty();
        assertThat(VALIDATOR.validate(new Note(" " + NBSP))).isEmpty();
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (var typed : new String[] {" a \u2003 b ", "x\r\n\r\n\r\ny \n", "И\u0306 " + ZWSP, "\t\u3000z"}) {
            assertThat(Text.line(Text.line(typed))).isEqualTo(Text.line(typed));
            assertThat(Text.lines(Text.lines(typed))).isEqualTo(Text.lines(typed));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.com", "Anna.Kovalenko+tell@shop.example.co.uk", "o'brien@example.ie",
            "x_y-z@sub-domain.example", "user@пошта.укр", "a@b.co", "  padded@example.com\u00a0"})
    void ordinaryAddressesPass(String address) {
        assertThat(VALIDATOR.validate(new Contact(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x@[127.0.0.1]", "x@127.0.0.1", "\"quoted\"@example.com", "\"a b\"@example.com",
            "a..b@example.com", ".a@example.com", "a.@example.com", "a@localhost", "a@-x.com", "a@x-.com",
            "a@x..com", "a b@example.com", "a@b@example.com", "@example.com", "a@", "plain",
            "x@example.com\r\nBcc: victim@example.com", "a\u0000@example.com", "a@exa\u202emple.com",
            "<script>@example.com", "a@example.com>", "(comment)a@example.com", "a@[IPv6:::1]"})
    void ipLiteralsQuotedLocalPartsAndOtherOdditiesAreRefused(String address) {
        assertThat(keys(VALIDATOR.validate(new Contact(address)))).containsExactly("email.invalid");
    }

    @Test
    void addressesHaveLengthLimits() {
        var label = "d".repeat(63);
        assertThat(EmailAddressValidator.isValid("l".repeat(64) + "@example.com")).isTrue();
        assertThat(EmailAddressValidator.isValid("l".repeat(65) + "@example.com")).isFalse();
        var domain = label + "." + label + "." + label + ".com"; // 195 characters
        assertThat(EmailAddressValidator.isValid("l".repeat(58) + "@" + domain)).as("254 in all").isTrue();
        assertThat(EmailAddressValidator.isValid("l".repeat(59) + "@" + domain)).as("255 in all").isFalse();
        assertThat(EmailAddressValidator.isValid("a@" + "d".repeat(64) + ".com")).as("a 64-letter label").isFalse();
    }
}
