package org.reciprocity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.DepartmentRef;
import org.reciprocity.people.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class OrganisationViewTest extends SpringBrowserlessTest {

    @Autowired
    Directory directory;

    @Test
    @WithUserDetails("olena")
    void hrAddsALocationAndSeesTheLinkForItsQrCode() {
        var code = "popup-" + System.nanoTime() % 10_000_000;
        var view = navigate(OrganisationView.class);
        test(view.addLocation).click();
        var dialog = find(LocationDialog.class).single();
        test(dialog.name).setValue("Pop-up " + code);
        test(dialog.code).setValue(code);
        test(dialog.address).setValue("1 Khreshchatyk St, Kyiv");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(directory.locationByCode(code)).isPresent();
        var link = find(Anchor.class).withTextContaining("/tell?location=" + code).single();
        assertThat(link.getHref()).endsWith("/tell?location=" + code);
        assertThat(find(Button.class).withText("Copy link").all()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminAddsADepartmentAndRenamesIt() {
        var name = "Returns desk " + System.nanoTime() % 10_000_000;
        var view = navigate(OrganisationView.class);
        test(view.addDepartment).click();
        var add = find(DepartmentDialog.class).single();
        test(add.name).setValue(name);
        test(add.save).click();
        assertThat(directory.departments()).extracting(DepartmentRef::name).contains(name);

        var grid = test(view.departmentGrid);
        var row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).name().equals(name)).findFirst().orElseThrow();
        grid.clickRow(row);
        var rename = find(DepartmentDialog.class).single();
        test(rename.name).setValue(name + " and exchanges");
        test(rename.save).click();
        assertThat(directory.departments()).extracting(DepartmentRef::name)
                .contains(name + " and exchanges").doesNotContain(name);
    }

    @Test
    @WithUserDetails("olena")
    void aTakenDepartmentNameIsShownAtTheField() {
        var view = navigate(OrganisationView.class);
        test(view.addDepartment).click();
        var dialog = find(DepartmentDialog.class).single();
        test(dialog.name).setValue("café");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("This name is already used.");
    }
}
