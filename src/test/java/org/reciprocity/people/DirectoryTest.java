package org.reciprocity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class DirectoryTest {

    @Autowired
    Directory directory;
    @Autowired
    Workplaces workplaces;
    @Autowired
    RunAs runAs;

    private DepartmentRef department(String name) {
        return directory.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private LocationRef location(String code) {
        return directory.locations().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeFindsAColleagueByPartOfTheName() {
        var found = directory.search(new EmployeeFilter("shevch", null, null), PageRequest.of(0, 10));
        assertThat(found).extracting(EmployeeSummary::fullName).containsExactly("Maksym Shevchenko");
        assertThat(found.getFirst().managerName()).isEqualTo("Iryna Melnyk");
    }

    @Test
    @WithUserDetails("anna")
    void aLatinSpelledColleagueIsFoundInCyrillic() {
        for (var typed : List.of("Анна Коваленко", "коваленко", "АННА")) {
            assertThat(directory.search(new EmployeeFilter(typed, null, null), PageRequest.of(0, 10)))
                    .as(typed).extracting(EmployeeSummary::fullName).contains("Anna Kovalenko");
        }
        assertThat(directory.count(new EmployeeFilter("Шевченко", null, null))).isEqualTo(1);
        assertThat(directory.pick("Ковал", PageRequest.of(0, 10))).extracting(EmployeeRef::fullName)
                .contains("Anna Kovalenko");
    }

    @Test
    @WithUserDetails("olena")
    void aCyrillicSpelledColleagueIsFoundInLatinAndTheKeyFollowsARename() {
        var saved = directory.save(new EmployeeForm(null, 0, "Ганна Ткачук", "Cashier", "hanna.tkachuk@reciprocity.example",
                department("Checkout").id(), location("kyiv-podil").id(), null));
        for (var typed : List.of("Hanna Tkachuk", "tkachuk", "Ганна", "ганна ткачук")) {
            assertThat(directory.search(new EmployeeFilter(typed, null, null), PageRequest.of(0, 10)))
                    .as(typed).extracting(EmployeeSummary::id).contains(saved.id());
        }
        directory.save(new EmployeeForm(saved.id(), saved.version(), "Ганна Лисенко", "Cashier", saved.email(),
                saved.department().id(), saved.location().id(), null));
        assertThat(directory.pick("Lysenko", PageRequest.of(0, 10))).extracting(EmployeeRef::id).contains(saved.id());
        assertThat(directory.pick("Ткачук", PageRequest.of(0, 10))).as("the e-mail keeps the old name, the key not")
                .extracting(EmployeeRef::id).doesNotContain(saved.id());
        assertThat(directory.count(new EmployeeFilter("'’", null, null))).as("punctuation alone finds no one")
                .isZero();
    }

    @Test
    @WithUserDetails("anna")
    void filtersCombineDepartmentAndLocation() {
        var filter = new EmployeeFilter("", department("Checkout").id(), location("lviv-rynok").id());
        var found = directory.search(filter, PageRequest.of(0, 50));
        assertThat(found).extracting(EmployeeSummary::fullName).containsExactly("Ostap Vovk", "Ulyana Hrytsenko");
        assertThat(directory.count(filter)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("anna")
    void pagesAreSortedByNameAndDoNotOverlap() {
        var first = directory.search(EmployeeFilter.ALL, PageRequest.of(0, 10));
        var second = directory.search(EmployeeFilter.ALL, PageRequest.of(1, 10));
        assertThat(first).hasSize(10);
        assertThat(first.getLast().fullName()).isLessThanOrEqualTo(second.getFirst().fullName());
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void nobodySignedInSeesNoOne() {
        assertThatThrownBy(() -> directory.search(EmployeeFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeCannotChangeTheDirectory() {
        var form = new EmployeeForm(null, 0, "Someone New", "Cashier", "someone.new@reciprocity.example",
                department("Checkout").id(), location("kyiv-podil").id(), null);
        assertThatThrownBy(() -> directory.save(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.save(new DepartmentForm(null, 0, "Shadow IT")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("olena")
    void hrAddsAnEmployeeWithTheirManager() {
        var max = directory.pick("Maksym", PageRequest.of(0, 1)).getFirst();
        var saved = directory.save(new EmployeeForm(null, 0, "  Nadiia Hlushko ", "Cashier", "Nadiia.Hlushko@Reciprocity.example",
                department("Checkout").id(), location("kyiv-podil").id(), max.id()));
        assertThat(saved.fullName()).isEqualTo("Nadiia Hlushko");
        assertThat(saved.email()).isEqualTo("nadiia.hlushko@reciprocity.example");
        assertThat(saved.manager()).isNotNull();
        assertThat(saved.manager().fullName()).isEqualTo("Maksym Shevchenko");
    }

    @Test
    @WithUserDetails("olena")
    void twoPeopleCannotShareAnEmail() {
        var form = new EmployeeForm(null, 0, "Anna Double", "Cashier", "ANNA.KOVALENKO@reciprocity.example",
                department("Checkout").id(), location("kyiv-podil").id(), null);
        assertThatThrownBy(() -> directory.save(form)).isInstanceOf(PeopleException.class)
                .extracting(e -> ((PeopleException) e).field()).isEqualTo("email");
    }

    @Test
    @WithUserDetails("olena")
    void invalidInputIsRefusedByTheServiceItself() {
        var form = new EmployeeForm(null, 0, " ", "Cashier", "not-an-email", department("Checkout").id(),
                location("kyiv-podil").id(), null);
        assertThatThrownBy(() -> directory.save(form)).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .contains("save.form.fullName", "save.form.email"));
    }

    @Test
    @WithUserDetails("olena")
    void aManagerCannotReportToTheirOwnReport() {
        var max = directory.find(directory.pick("Maksym Shevchenko", PageRequest.of(0, 1)).getFirst().id()).orElseThrow();
        var anna = directory.pick("Anna Kovalenko", PageRequest.of(0, 1)).getFirst();
        var form = new EmployeeForm(max.id(), max.version(), max.fullName(), max.jobTitle(), max.email(),
                max.department().id(), max.location().id(), anna.id());
        assertThatThrownBy(() -> directory.save(form)).isInstanceOf(PeopleException.class)
                .hasMessage("people.manager.cycle");
    }

    @Test
    @WithUserDetails("olena")
    void aStaleEditIsRefusedNotSilentlyApplied() {
        var created = directory.save(new EmployeeForm(null, 0, "Petro Stale", "Courier", "petro.stale@reciprocity.example",
                department("Delivery").id(), location("kyiv-podil").id(), null));
        directory.save(new EmployeeForm(created.id(), created.version(), "Petro Fresh", "Courier", created.email(),
                created.department().id(), created.location().id(), null));
        var stale = new EmployeeForm(created.id(), created.version(), "Petro Overwrite", "Courier", created.email(),
                created.department().id(), created.location().id(), null);
        assertThatThrownBy(() -> directory.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory.find(created.id()).orElseThrow().fullName()).isEqualTo("Petro Fresh");
    }

    @Test
    @WithUserDetails("olena")
    void everyoneButTheExcludedAreListed() {
        var anna = directory.pick("Anna Kovalenko", PageRequest.of(0, 1)).getFirst();
        var all = directory.count(EmployeeFilter.ALL);
        assertThat(directory.countExcluding(Set.of(anna.id()))).isEqualTo(all - 1);
        assertThat(directory.searchExcluding(Set.of(anna.id()), PageRequest.of(0, 1000)))
                .extracting(EmployeeSummary::id).doesNotContain(anna.id()).hasSize((int) all - 1);
    }

    @Test
    void trustedCodeLearnsWherePeopleWorkWithNobodySignedIn() {
        var anna = runAs.user("olena", () -> directory.find(directory.pick("Anna Kovalenko", PageRequest.of(0, 1))
                .getFirst().id()).orElseThrow());
        var found = workplaces.of(List.of(anna.id(), -1L));
        assertThat(found).as("unknown ids are left out").containsOnlyKeys(anna.id());
        assertThat(found.get(anna.id()))
                .isEqualTo(new Workplaces.Workplace(anna.department().id(), anna.location().id()));
    }
}
