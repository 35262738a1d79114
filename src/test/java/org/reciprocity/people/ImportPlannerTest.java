package org.reciprocity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.DirectorySnapshot.KnownDepartment;
import org.reciprocity.people.DirectorySnapshot.KnownEmployee;
import org.reciprocity.people.DirectorySnapshot.KnownLocation;

/** What the preview explains, row by row, decided without a database: plain JUnit, a directory made of records. */
class ImportPlannerTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final String HEADER = "full_name,job_title,email,department,location,manager_email\n";
    private static final String ANNA = "Anna Kovalenko,Sales consultant,anna.kovalenko@reciprocity.example,"
            + "Sales Floor,kyiv-podil,maksym.shevchenko@reciprocity.example\n";

    private static final long MANAGEMENT = 1;
    private static final long SALES_FLOOR = 2;
    private static final long CHECKOUT = 3;
    private static final long CAFE = 4;
    private static final long KYIV_OFFICE = 11;
    private static final long KYIV_PODIL = 12;
    private static final long LVIV_RYNOK = 13;
    private static final long ODESA_ARCADIA = 14;

    /** A small company like the demo one: Iryna heads it, Maksym and Taras report to her, Anna and Bohdan to Maksym. */
    private static final DirectorySnapshot DIRECTORY = new DirectorySnapshot(
            List.of(new KnownDepartment(MANAGEMENT, "Management"), new KnownDepartment(SALES_FLOOR, "Sales Floor"),
                    new KnownDepartment(CHECKOUT, "Checkout"), new KnownDepartment(CAFE, "Café"),
                    new KnownDepartment(5, "Delivery"), new KnownDepartment(6, "Finance")),
            List.of(new KnownLocation(KYIV_OFFICE, "kyiv-office", "Kyiv — head office"),
                    new KnownLocation(KYIV_PODIL, "kyiv-podil", "Kyiv — Podil store"),
                    new KnownLocation(LVIV_RYNOK, "lviv-rynok", "Lviv — Rynok Square store"),
                    new KnownLocation(ODESA_ARCADIA, "odesa-arcadia", "Odesa — Arcadia store")),
            List.of(person("iryna.melnyk", "Iryna Melnyk", "Managing director", MANAGEMENT, KYIV_OFFICE, null),
                    person("maksym.shevchenko", "Maksym Shevchenko", "Store manager", MANAGEMENT, KYIV_PODIL,
                            "iryna.melnyk"),
                    person("taras.hnatiuk", "Taras Hnatiuk", "Store manager", MANAGEMENT, LVIV_RYNOK, "iryna.melnyk"),
                    person("anna.kovalenko", "Anna Kovalenko", "Sales consultant", SALES_FLOOR, KYIV_PODIL,
                            "maksym.shevchenko"),
                    person("bohdan.tkachenko", "Bohdan Tkachenko", "Sales consultant", SALES_FLOOR, KYIV_PODIL,
                            "maksym.shevchenko")));

    private final ImportPlanner planner = new ImportPlanner(VALIDATION.getValidator());

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    private static KnownEmployee person(String name, String fullName, String jobTitle, long department,
                                        long location, @Nullable String manager) {
        return new KnownEmployee(name + "@reciprocity.example", fullName, jobTitle, department, location,
                manager == null ? null : manager + "@reciprocity.example");
    }

    private ImportPlan plan(String csv) {
        return plan(csv, DIRECTORY);
    }

    private ImportPlan plan(String csv, DirectorySnapshot directory) {
        return planner.plan(EmployeeCsv.read(csv), directory);
    }

    private static ImportRow line(ImportPlan plan, int line) {
        return plan.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    private static ImportPlan.Change changeOf(ImportPlan plan, int line) {
        return plan.changes().stream().filter(c -> c.row().line() == line).findFirst().orElseThrow();
    }

    @Test
    void eachRowSaysWhatItWouldDoAndWhyRowsAreRejected() {
        var plan = plan(HEADER
                + "Nadiia Savko,Barista,nadiia@test.example,Café,lviv-rynok,\n"                           // 2 new
                + ANNA                                                                                  // 3 unchanged
                + "Bohdan Tkachenko,Lead sales consultant,bohdan.tkachenko@reciprocity.example,Sales Floor,kyiv-podil,maksym.shevchenko@reciprocity.example\n" // 4 update
                + "Nowhere Person,Barista,nowhere@test.example,Café,atlantis,\n"                        // 5 unknown location
                + "Bad Mail,Barista,not-an-email,Café,lviv-rynok,\n"                                    // 6 invalid e-mail
                + "Lost Report,Cashier,lost@test.example,Checkout,Odesa — Arcadia store,ghost@test.example\n" // 7 unknown manager
                + "Nadiia Again,Barista,NADIIA@test.example,Café,lviv-rynok,\n"                         // 8 duplicate
                + ",Barista,noname@test.example,Café,lviv-rynok,\n");                                   // 9 no name

        assertThat(plan.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(line(plan, 2).status()).isEqualTo(ImportStatus.NEW);
        assertThat(line(plan, 3).status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(line(plan, 4).status()).isEqualTo(ImportStatus.UPDATE);
        assertThat(line(plan, 5)).extracting(ImportRow::status, ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly(ImportStatus.REJECTED, "people.import.location.unknown", "atlantis");
        assertThat(line(plan, 6)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.email.invalid", "not-an-email");
        assertThat(line(plan, 7)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.unknown", "ghost@test.example");
        assertThat(line(plan, 8)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.email.duplicate", "2");
        assertThat(line(plan, 9).reasonKey()).isEqualTo("people.fullName.required");
        assertThat(plan.count(ImportStatus.REJECTED)).isEqualTo(5);
        assertThat(plan.preview().importable()).isEqualTo(2);
        assertThat(plan.changes()).extracting(c -> c.row().line()).containsExactly(2, 4);
    }

    @Test
    void eachCellIsCheckedAsTheFormsCheckIt() {
        var plan = plan(HEADER
                + "Olha Marchuk,,olha@test.example,Café,lviv-rynok,\n"
                + "X".repeat(161) + ",Barista,long@test.example,Café,lviv-rynok,\n"
                + "Petro Ivanyk,Cashier,petro@test.example,,lviv-rynok,\n"
                + "Ivan Ivanyk,Cashier,ivan@test.example," + "D".repeat(121) + ",lviv-rynok,\n"
                + "Inna Ivanyk,Cashier,inna@test.example,Checkout,,\n"
                + "Lesia Ivanyk,Cashier,lesia@test.example,Checkout,lviv-rynok,boss-at-nowhere\n"
                + "No Mail,Cashier,,Checkout,lviv-rynok,\n");

        assertThat(plan.rows()).extracting(ImportRow::reasonKey).containsExactly("people.jobTitle.required",
                "people.fullName.length", "people.department.required", "people.import.department.invalid",
                "people.location.required", "people.import.manager.invalid", "people.email.required");
        assertThat(line(plan, 7).reasonValue()).isEqualTo("boss-at-nowhere");
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void aLocationIsFoundByItsCodeOrItsNameInAnyCase() {
        var plan = plan(HEADER
                + "Ira One,Greeter,ira1@test.example,Café,ODESA-ARCADIA,\n"
                + "Ira Two,Greeter,ira2@test.example,café,odesa — arcadia store,\n");

        assertThat(plan.rows()).extracting(ImportRow::status).containsOnly(ImportStatus.NEW);
        assertThat(plan.changes()).extracting(ImportPlan.Change::locationId, ImportPlan.Change::departmentId)
                .containsOnly(tuple(ODESA_ARCADIA, CAFE));
        assertThat(plan.newDepartments()).isEmpty();
    }

    @Test
    void managersLaterInTheFileAreFoundAndTheSameFileAgainChangesNothing() {
        var file = HEADER
                + "Petro Bilyk,Cashier,petro@test.example,Checkout,lviv-rynok,halyna@test.example\n"
                + "Halyna Bilyk,Shift lead,halyna@test.example,Checkout,Lviv — Rynok Square store,taras.hnatiuk@reciprocity.example\n"
                + ANNA;

        var first = plan(file);
        assertThat(first.rows()).extracting(ImportRow::status)
                .containsExactly(ImportStatus.NEW, ImportStatus.NEW, ImportStatus.UNCHANGED);
        assertThat(changeOf(first, 2)).extracting(ImportPlan.Change::departmentId, ImportPlan.Change::locationId)
                .containsExactly(CHECKOUT, LVIV_RYNOK);

        // the directory after the import: both are there, with their managers
        var imported = List.of(
                new KnownEmployee("petro@test.example", "Petro Bilyk", "Cashier", CHECKOUT, LVIV_RYNOK,
                        "halyna@test.example"),
                new KnownEmployee("halyna@test.example", "Halyna Bilyk", "Shift lead", CHECKOUT, LVIV_RYNOK,
                        "taras.hnatiuk@reciprocity.example"));
        var after = new DirectorySnapshot(DIRECTORY.departments(), DIRECTORY.locations(),
                Stream.concat(DIRECTORY.employees().stream(), imported.stream()).toList());
        var again = plan(file, after);
        assertThat(again.rows()).extracting(ImportRow::status).containsOnly(ImportStatus.UNCHANGED);
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void aDifferentManagerDepartmentOrLocationIsAnUpdate() {
        var plan = plan(HEADER
                + "Anna Kovalenko,Sales consultant,anna.kovalenko@reciprocity.example,Sales Floor,kyiv-podil,taras.hnatiuk@reciprocity.example\n"
                + "Bohdan Tkachenko,Sales consultant,bohdan.tkachenko@reciprocity.example,Café,kyiv-podil,maksym.shevchenko@reciprocity.example\n"
                + "Taras Hnatiuk,Store manager,taras.hnatiuk@reciprocity.example,Management,odesa-arcadia,iryna.melnyk@reciprocity.example\n");

        assertThat(plan.rows()).extracting(ImportRow::status).containsOnly(ImportStatus.UPDATE);
        assertThat(changeOf(plan, 3).departmentId()).isEqualTo(CAFE);
        assertThat(changeOf(plan, 4).locationId()).isEqualTo(ODESA_ARCADIA);
    }

    @Test
    void anUnknownDepartmentIsCreatedOnceAsFirstSpelled() {
        var plan = plan(HEADER
                + "Ira Pop,Greeter,ira@test.example,Pop-up,kyiv-office,\n"
                + "Oles Pop,Greeter,oles@test.example,POP-UP,kyiv-office,\n"
                + "Anna Kovalenko,Sales consultant,anna.kovalenko@reciprocity.example,Pop-up,kyiv-podil,maksym.shevchenko@reciprocity.example\n");

        assertThat(plan.newDepartments()).containsExactly("Pop-up");
        assertThat(plan.rows()).extracting(ImportRow::newDepartment).containsOnly(true);
        assertThat(line(plan, 4).status()).as("moving to a new department is an update").isEqualTo(ImportStatus.UPDATE);
        assertThat(plan.changes()).extracting(ImportPlan.Change::departmentId, ImportPlan.Change::newDepartment)
                .containsOnly(tuple(null, "Pop-up"));
    }

    @Test
    void reportingCyclesAreRefused() {
        var plan = plan(HEADER
                + "Cyc A,Clerk,a@test.example,Finance,kyiv-office,b@test.example\n"
                + "Cyc B,Clerk,b@test.example,Finance,kyiv-office,a@test.example\n"
                // Iryna heads the company; Anna reports to Max who reports to Iryna
                + "Iryna Melnyk,Managing director,iryna.melnyk@reciprocity.example,Management,kyiv-office,anna.kovalenko@reciprocity.example\n"
                + "Self Made,Clerk,self@test.example,Finance,kyiv-office,self@test.example\n");

        assertThat(line(plan, 2)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.cycle", "b@test.example");
        assertThat(line(plan, 3).reasonKey()).isEqualTo("people.import.manager.cycle");
        assertThat(line(plan, 4).reasonKey()).isEqualTo("people.import.manager.cycle");
        assertThat(line(plan, 5).reasonKey()).isEqualTo("people.import.manager.self");
        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void aCycleAboveARowIsNotTheRowsFault() {
        var plan = plan(HEADER
                + "Cyc A,Clerk,a@test.example,Finance,kyiv-office,b@test.example\n"
                + "Cyc B,Clerk,b@test.example,Finance,kyiv-office,a@test.example\n"
                + "Below Both,Clerk,below@test.example,Finance,kyiv-office,a@test.example\n");

        assertThat(line(plan, 4)).as("its manager's row is rejected, not the row for a cycle")
                .extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.rejected", "2");
    }

    @Test
    void aRowWhoseManagerIsRejectedIsRejectedTooAllTheWayDown() {
        var plan = plan(HEADER
                + "Junior Clerk,Clerk,junior@test.example,Finance,kyiv-office,boss@test.example\n"
                + "Boss Clerk,Boss,boss@test.example,Finance,kyiv-office,big@test.example\n"
                + "Big Boss,Boss,big@test.example,Finance,the-moon,\n");

        assertThat(line(plan, 2)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.rejected", "3");
        assertThat(line(plan, 3)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.rejected", "4");
        assertThat(line(plan, 4).reasonKey()).isEqualTo("people.import.location.unknown");
    }

    /** docs/sample-employees.csv against a directory like the demo company's: every case the preview explains. */
    @Test
    void theSampleFileOfTheDocsShowsEveryKindOfRow() throws Exception {
        var plan = plan(Files.readString(Path.of("docs/sample-employees.csv")));

        assertThat(plan.rows()).extracting(ImportRow::status).containsExactly(ImportStatus.NEW, ImportStatus.NEW,
                ImportStatus.NEW, ImportStatus.NEW, ImportStatus.UNCHANGED, ImportStatus.UPDATE,
                ImportStatus.REJECTED, ImportStatus.REJECTED);
        assertThat(plan.newDepartments()).containsExactly("Gift Wrapping");
        assertThat(line(plan, 2).managerEmail()).as("Nazar's manager is on the next line")
                .isEqualTo("roksolana.hrytsai@reciprocity.example");
        assertThat(changeOf(plan, 2).locationId()).as("a location by its name").isEqualTo(ODESA_ARCADIA);
        assertThat(line(plan, 5).newDepartment()).isTrue();
        assertThat(line(plan, 8)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.location.unknown", "atlantis-store");
        assertThat(line(plan, 9)).extracting(ImportRow::reasonKey, ImportRow::reasonValue)
                .containsExactly("people.import.manager.unknown", "nobody@elsewhere.example");
    }
}
