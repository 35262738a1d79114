package org.reciprocity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.EmployeeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class DirectoryViewTest extends SpringBrowserlessTest {

    @Autowired
    Directory directory;

    @SuppressWarnings("unchecked")
    private Grid<EmployeeSummary> grid() {
        return find(Grid.class).single();
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeLooksUpAColleagueButCannotEdit() {
        navigate(DirectoryView.class);
        assertThat(find(Button.class).withText("Add employee").exists()).isFalse();
        test(find(TextField.class).withLabel("Search").single()).setValue("olena");
        var rows = test(grid());
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getRow(0).fullName()).isEqualTo("Olena Bondarenko");

        rows.clickRow(0);
        var dialog = find(EmployeeDialog.class).single();
        assertThat(dialog.fullName.isReadOnly()).isTrue();
        assertThat(find(Button.class).withText("Save").exists()).isFalse();
        var page = find(Anchor.class).withText("Open their page").single();
        assertThat(page.getHref()).isEqualTo("people/" + rows.getRow(0).id());
    }

    @Test
    @WithUserDetails("anna")
    void theSearchFindsAColleagueInTheOtherScript() {
        navigate(DirectoryView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue("Олена Бондаренко");
        var rows = test(grid());
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getRow(0).fullName()).isEqualTo("Olena Bondarenko");
    }

    @Test
    @WithUserDetails("olena")
    void hrAddsAnEmployeeAndFindsThemInTheList() {
        navigate(DirectoryView.class);
        test(find(Button.class).withText("Add employee").single()).click();
        var dialog = find(EmployeeDialog.class).single();
        test(dialog.fullName).setValue("Roksolana Test");
        test(dialog.jobTitle).setValue("Barista");
        test(dialog.email).setValue("roksolana.test@reciprocity.example");
        test(dialog.department).selectItem("Café");
        test(dialog.location).selectItem("Lviv — Rynok Square store");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(EmployeeDialog.class).exists()).isFalse();
        var found = directory.search(new EmployeeFilter("roksolana", null, null), PageRequest.of(0, 5));
        assertThat(found).extracting(EmployeeSummary::location).containsExactly("Lviv — Rynok Square store");
    }

    @Test
    @WithUserDetails("olena")
    void aTakenEmailIsShownNextToTheEmailField() {
        navigate(DirectoryView.class);
        test(find(Button.class).withText("Add employee").single()).click();
        var dialog = find(EmployeeDialog.class).single();
        test(dialog.fullName).setValue("Anna Again");
        test(dialog.jobTitle).setValue("Cashier");
        test(dialog.email).setValue("anna.kovalenko@reciprocity.example");
        test(dialog.department).selectItem("Checkout");
        test(dialog.location).selectItem("Kyiv — Podil store");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(dialog.isOpened()).as("nothing is lost: the dialog stays open").isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Another employee already has this e-mail.");
    }
}
