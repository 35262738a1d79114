package org.reciprocity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How a CSV file of employees is read, and which files are refused as a whole: plain JUnit. */
class EmployeeCsvTest {

    private static final String HEADER = "full_name,job_title,email,department,location,manager_email\n";

    private static void refused(String text, String messageKey) {
        assertThatThrownBy(() -> EmployeeCsv.read(text)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void aByteOrderMarkSemicolonsAndBlankLinesAreFine() {
        var text = "\uFEFFFull_Name;Job_Title;Email;Department;Location\r\n"
                + "\r\n"
                + "Olha \"Oli\" Sokil;Barista;olha@test.example;Café;odesa-arcadia\r\n"
                + "\"<b>Marko</b>\nSokil\";Cashier;marko@test.example;Checkout;odesa-arcadia\r\n"
                + "Zoia Sokil;Cashier;zoia@test.example;Checkout;odesa-arcadia\r\n";

        var rows = EmployeeCsv.read(EmployeeCsv.decode(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).extracting(ImportRow::line).containsExactly(3, 4, 6);
        assertThat(rows.get(0).fullName()).isEqualTo("Olha \"Oli\" Sokil");
        assertThat(rows.get(1).fullName()).as("HTML is kept as text; a name is one line")
                .isEqualTo("<b>Marko</b> Sokil");
        assertThat(rows).extracting(ImportRow::managerEmail).as("the manager column is optional").containsOnly("");
    }

    @Test
    void cellsAreTrimmedAndEmailsLowercase() {
        var rows = EmployeeCsv.read(HEADER
                + "  Ira Lys , Greeter ,IRA.Lys@Test.Example,Café,kyiv-office, Boss@Test.Example \n");

        assertThat(rows.getFirst()).extracting(ImportRow::fullName, ImportRow::jobTitle, ImportRow::email,
                        ImportRow::managerEmail, ImportRow::status)
                .containsExactly("Ira Lys", "Greeter", "ira.lys@test.example", "boss@test.example", ImportStatus.NEW);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        assertThatThrownBy(() -> EmployeeCsv.read("name,email\nAnna,anna@x.example\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("people.import.header");
                    assertThat(e.value()).isEqualTo("full_name, job_title, department, location");
                });
        refused("", "people.import.empty");
    }

    @Test
    void aFileWithTooManyRowsOrAnOpenQuoteIsRefused() {
        var many = new StringBuilder(HEADER);
        for (int i = 0; i <= EmployeeCsv.MAX_ROWS; i++) {
            many.append("P").append(i).append(",Clerk,p").append(i).append("@test.example,Finance,kyiv-office,\n");
        }
        refused(many.toString(), "people.import.tooManyRows");
        refused(HEADER + "\"Open quote,Clerk,open@test.example,Finance,kyiv-office,\n", "people.import.malformed");
    }

    @Test
    void aGiantFileOrOneThatIsNotUtf8IsRefusedBeforeItIsParsed() {
        var giant = new byte[EmployeeCsv.MAX_BYTES + 1];
        Arrays.fill(giant, (byte) 'a');
        assertThatThrownBy(() -> EmployeeCsv.decode(giant)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("people.import.tooLarge"));
        var latin1 = (HEADER + "Zoë,Barista,zoe@test.example,Café,kyiv-office,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EmployeeCsv.decode(latin1)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("people.import.encoding"));
    }
}
