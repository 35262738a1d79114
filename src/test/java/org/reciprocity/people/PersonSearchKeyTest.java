package org.reciprocity.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonSearchKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Анна Коваленко, Anna Kovalenko",
            "Шевченко, Shevchenko",
            "Шевченко, Ševčenko",
            "Ганна, Hanna",
            "Юлія, Yuliia",
            "Юлія, Julia",
            "Ольга, Olha",
            "Ольга, Olga",
            "Михайло, Mykhailo",
            "Олексій, Oleksiy",
            "Хмельницький, Khmelnytskyi",
            "Щербак, Shcherbak",
            "Євген, Yevhen",
            "Ігор, Ihor",
            "Київ, Kyiv",
            "Сергій, Serhii",
    })
    void ukrainianNamesMeetTheirLatinSpellings(String cyrillic, String latin) {
        assertThat(PersonSearchKey.of(cyrillic)).isEqualTo(PersonSearchKey.of(latin)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Мария, Mariya",
            "Мария, Марія",
            "Наталья, Наталія",
            "Наталья, Natalia",
            "Михаил, Mikhail",
            "Сергей, Sergey",
            "Евгений, Yevgeny",
            "Юлия, Юлія",
    })
    void russianNamesMeetTheirLatinAndUkrainianSpellings(String russian, String other) {
        assertThat(PersonSearchKey.of(russian)).isEqualTo(PersonSearchKey.of(other)).isNotEmpty();
    }

    @Test
    void theKeyIsLowerCaseLatinWithOneSpaceBetweenWords() {
        assertThat(PersonSearchKey.of("  ANNA   Kovalenko ")).isEqualTo("ana kovalenko");
        assertThat(PersonSearchKey.of("АННА КОВАЛЕНКО")).isEqualTo("ana kovalenko");
        assertThat(PersonSearchKey.of("Анна-Марія  Ковальчук")).matches("[a-z]+( [a-z]+)*");
    }

    @Test
    void apostrophesAndSoftSignsAreTolerated() {
        assertThat(PersonSearchKey.of("Ольга")).isEqualTo(PersonSearchKey.of("Ол'ьга"));
        assertThat(PersonSearchKey.of("Мар'яна")).isEqualTo(PersonSearchKey.of("Марʼяна"))
                .isEqualTo(PersonSearchKey.of("Mar'iana")).isEqualTo(PersonSearchKey.of("Maryana"));
        assertThat(PersonSearchKey.of("Наталья")).isEqualTo(PersonSearchKey.of("Natal'ya"));
        assertThat(PersonSearchKey.of("O'Connor")).isEqualTo(PersonSearchKey.of("OConnor"));
    }

    @Test
    void mixedScriptsAndAccentsFoldToo() {
        assertThat(PersonSearchKey.of("Anna Коваленко")).isEqualTo(PersonSearchKey.of("Анна Kovalenko"));
        assertThat(PersonSearchKey.of("Łukasz Müller")).isEqualTo(PersonSearchKey.of("Lukasz Muller"));
        assertThat(PersonSearchKey.of("Zoë")).isEqualTo(PersonSearchKey.of("Ζωή")).isEqualTo("zoe");
    }

    @Test
    void partOfANameIsPartOfItsKey() {
        assertThat(PersonSearchKey.of("Анна Коваленко")).contains(PersonSearchKey.of("коваленко"))
                .contains(PersonSearchKey.of("anna"));
        assertThat(PersonSearchKey.matches("Anna Kovalenko", "Ковал")).isTrue();
        assertThat(PersonSearchKey.matches("Анна Коваленко", "kov")).isTrue();
        assertThat(PersonSearchKey.matches("Анна Коваленко", "Maksym")).isFalse();
        assertThat(PersonSearchKey.matches("Mykhailo Bondar", "Myk")).as("half a digraph typed").isTrue();
    }

    @Test
    void nothingToCompareIsAnEmptyKey() {
        assertThat(PersonSearchKey.of("")).isEmpty();
        assertThat(PersonSearchKey.of("   ")).isEmpty();
        assertThat(PersonSearchKey.of("'-’ ь")).isEmpty();
        assertThat(PersonSearchKey.matches("Anna Kovalenko", "")).as("no text finds everyone").isTrue();
        assertThat(PersonSearchKey.matches("Anna Kovalenko", "''")).as("only punctuation finds no one").isFalse();
    }

    @Test
    void hostileInputIsBoundedAndHarmless() {
        var hostile = "Щ%_'\"<script>ʼ\u0000\uD83D\uDE00Z\u0334\u0321a".repeat(1000);
        assertThat(hostile).hasSizeGreaterThanOrEqualTo(10_000);
        var key = PersonSearchKey.of(hostile);
        assertThat(key).hasSizeLessThanOrEqualTo(PersonSearchKey.MAX_LENGTH).matches("[a-z0-9 ]*");
        assertThat(PersonSearchKey.of("Я".repeat(10_000))).hasSizeLessThanOrEqualTo(PersonSearchKey.MAX_LENGTH);
        assertThat(PersonSearchKey.of("x".repeat(10_000))).hasSizeLessThanOrEqualTo(PersonSearchKey.MAX_LENGTH);
        assertThat(PersonSearchKey.of("中".repeat(10_000))).hasSizeLessThanOrEqualTo(PersonSearchKey.MAX_LENGTH);
    }
}
