package org.reciprocity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The import as a service, on the demo directory: what it reads from the directory, what it stores, who may use it.
 * The rules of each row are {@link ImportPlannerTest}'s, the reading of the file {@link EmployeeCsvTest}'s.
 */
@SpringBootTest
@WithUserDetails("admin")
class EmployeeImportTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String HEADER = "full_name,job_title,email,department,location,manager_email\n";
    private static final String ANNA = "Anna Kovalenko,Sales consultant,anna.kovalenko@reciprocity.example,"
            + "Sales Floor,kyiv-podil,maksym.shevchenko@reciprocity.example\n";

    @Autowired
    EmployeeImport employeeImport;
    @Autowired
    Directory directory;

    /** A prefix that makes the e-mails of one test unique in the shared database. */
    private static String unique() {
        return "imp" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ImportRow line(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    private EmployeeDetails employee(String email) {
        var found = directory.search(new EmployeeFilter(email, null, null), PageRequest.of(0, 2));
        assertThat(found).hasSize(1);
        return directory.find(found.getFirst().id()).orElseThrow();
    }

    @Test
    void thePreviewSaysWhatEachRowWouldDoAndWhyRowsAreRejected() {
        var u = unique();
        var file = HEADER
                + "Nadiia " + u + ",Barista,nadiia." + u + "@test.example,Café,lviv-rynok,\n"              // 2 new
                + ANNA                                                                                      // 3 unchanged
                + "Bohdan Tkachenko,Lead sales consultant,bohdan.tkachenko@reciprocity.example,Sales Floor,kyiv-podil,maksym.shevchenko@reciprocity.example\n" // 4 update
                + "Nowhere Person,Barista,nowhere." + u + "@test.example,Café,atlantis,\n"                 // 5 unknown location
                + "Bad Mail,Barista,not-an-email,Café,lviv-rynok,\n"                                       // 6 invalid e-mail
                + "Lost Report,Cashier,lost." + u + "@test.example,Checkout,Odesa — Arcadia store,ghost." + u + "@test.example\n" // 7 unknown manager
                + "Nadiia Again,Barista,NADIIA." + u + "@test.example,Café,lviv-rynok,\n"                  // 8 duplicate
                + ",Barista,noname." + u + "@test.example,Café,lviv-rynok,\n";                             // 9 no name

        var preview = employeeImport.preview(csv(file));

        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(line(preview, 2).status()).isEqualTo(ImportStatus.NEW);
        assertThat(line(preview, 3).status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(line(preview, 4).status()).isEqualTo(ImportStatus.UPDATE);
        assertThat(line(preview, 5)).extracting(ImportRow::status, ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly(ImportStatus.REJECTED, "people.import.location.unknown", "atlantis");
        assertThat(line(preview, 6).reasonKey()).isEqualTo("people.email.invalid");
        assertThat(line(preview, 7)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.unknown", "ghost." + u + "@test.example");
        assertThat(line(preview, 8)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.email.duplicate", "2");
        assertThat(line(preview, 9).reasonKey()).isEqualTo("people.fullName.required");
        assertThat(preview.count(ImportStatus.REJECTED)).isEqualTo(5);
        assertThat(preview.importable()).isEqualTo(2);

        // a preview stores nothing
        assertThat(directory.count(new EmployeeFilter("nadiia." + u, null, null))).isZero();
        assertThat(employee("bohdan.tkachenko@reciprocity.example").jobTitle()).isEqualTo("Sales consultant");
    }

    @Test
    void managersLaterInTheFileAreFoundAndReImportingTheSameFileChangesNothing() {
        var u = unique();
        var file = HEADER
                + "Petro " + u + ",Cashier,petro." + u + "@test.example,Checkout,lviv-rynok,halyna." + u + "@test.example\n"
                + "Halyna " + u + ",Shift lead,halyna." + u + "@test.example,Checkout,Lviv — Rynok Square store,taras.hnatiuk@reciprocity.example\n"
                + ANNA;

        var first = employeeImport.importValid(csv(file));
        assertThat(first).isEqualTo(new ImportResult(2, 0, 1, 0, 0));
        var petro = employee("petro." + u + "@test.example");
        assertThat(petro.manager()).isNotNull();
        assertThat(petro.manager().fullName()).isEqualTo("Halyna " + u);
        assertThat(employee("halyna." + u + "@test.example").manager().fullName()).isEqualTo("Taras Hnatiuk");

        var again = employeeImport.preview(csv(file));
        assertThat(again.rows()).extracting(ImportRow::status).containsOnly(ImportStatus.UNCHANGED);
        assertThat(employeeImport.importValid(csv(file))).isEqualTo(new ImportResult(0, 0, 3, 0, 0));
        assertThat(employee("petro." + u + "@test.example").version()).isEqualTo(petro.version());
    }

    @Test
    void anUnknownDepartmentIsCreatedAndAnnouncedInThePreview() {
        var u = unique();
        var department = "Pop-up " + u;
        var file = HEADER + "Ira " + u + ",Greeter,ira." + u + "@test.example," + department + ",kyiv-office,\n";

        var preview = employeeImport.preview(csv(file));
        assertThat(preview.newDepartments()).containsExactly(department);
        assertThat(line(preview, 2).newDepartment()).isTrue();

        assertThat(employeeImport.importValid(csv(file)).departmentsCreated()).isEqualTo(1);
        assertThat(employee("ira." + u + "@test.example").department().name()).isEqualTo(department);
        assertThat(employeeImport.preview(csv(file)).newDepartments()).isEmpty();
    }

    @Test
    void reportingCyclesAreRefused() {
        var u = unique();
        var file = HEADER
                + "Cyc A,Clerk,a." + u + "@test.example,Finance,kyiv-office,b." + u + "@test.example\n"
                + "Cyc B,Clerk,b." + u + "@test.example,Finance,kyiv-office,a." + u + "@test.example\n"
                // Iryna heads the company; Anna reports to Max who reports to Iryna: only a directory snapshot
                // that holds everyone above the people named sees this circle
                + "Iryna Melnyk,Managing director,iryna.melnyk@reciprocity.example,Management,kyiv-office,anna.kovalenko@reciprocity.example\n"
                + "Self Made,Clerk,self." + u + "@test.example,Finance,kyiv-office,self." + u + "@test.example\n";

        var preview = employeeImport.preview(csv(file));
        assertThat(line(preview, 2).reasonKey()).isEqualTo("people.import.manager.cycle");
        assertThat(line(preview, 3).reasonKey()).isEqualTo("people.import.manager.cycle");
        assertThat(line(preview, 4).reasonKey()).isEqualTo("people.import.manager.cycle");
        assertThat(line(preview, 5).reasonKey()).isEqualTo("people.import.manager.self");
        assertThat(employeeImport.importValid(csv(file)).created()).isZero();
    }

    @Test
    void aByteOrderMarkSemicolonsAndBlankLinesAreFine() {
        var u = unique();
        var text = "\uFEFFFull_Name;Job_Title;Email;Department;Location\r\n"
                + "\r\n"
                + "Olha \"Oli\" " + u + ";Barista;olha." + u + "@test.example;Café;odesa-arcadia\r\n"
                + "\"<b>Marko</b>\n" + u + "\";Cashier;marko." + u + "@test.example;Checkout;odesa-arcadia\r\n"
                + "Zoia " + u + ";Cashier;zoia." + u + "@test.example;Checkout;odesa-arcadia\r\n";
        var preview = employeeImport.preview(text.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(3, 4, 6);
        assertThat(preview.rows()).extracting(ImportRow::status).containsOnly(ImportStatus.NEW);

        employeeImport.importValid(text.getBytes(StandardCharsets.UTF_8));
        assertThat(employee("marko." + u + "@test.example").fullName()).as("HTML is kept as text; a name is one line")
                .isEqualTo("<b>Marko</b> " + u);
    }

    @Test
    void aGiantFileOrOneThatIsNotUtf8IsRefusedBeforeAnythingIsRead() {
        var giant = new byte[EmployeeImport.MAX_BYTES + 1];
        Arrays.fill(giant, (byte) 'a');
        assertThatThrownBy(() -> employeeImport.preview(giant))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.messageKey()).isEqualTo("people.import.tooLarge"));
        var latin1 = (HEADER + "Zoë,Barista,zoe@test.example,Café,kyiv-office,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> employeeImport.preview(latin1))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.messageKey()).isEqualTo("people.import.encoding"));
    }

    @Test
    void theSampleFileOfTheDocsShowsEveryKindOfRow() throws Exception {
        var preview = employeeImport.preview(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("docs/sample-employees.csv")));
        assertThat(preview.rows()).extracting(ImportRow::status).containsExactly(ImportStatus.NEW, ImportStatus.NEW,
                ImportStatus.NEW, ImportStatus.NEW, ImportStatus.UNCHANGED, ImportStatus.UPDATE,
                ImportStatus.REJECTED, ImportStatus.REJECTED);
        assertThat(preview.newDepartments()).containsExactly("Gift Wrapping");
    }

    @Test
    @WithUserDetails("olena")
    void onlyAnAdminImports() {
        assertThatThrownBy(() -> employeeImport.preview(csv(HEADER + ANNA))).isInstanceOf(AccessDeniedException.class);
    }
}
