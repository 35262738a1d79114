package org.reciprocity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.ImportRow;
import org.reciprocity.people.ImportStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class ImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "full_name,job_title,email,department,location,manager_email\n";

    @Autowired
    Directory directory;

    @Test
    void anAdminUploadsAFileSeesWhyRowsAreRejectedAndImportsTheValidOnes() {
        var u = "iv" + System.nanoTime() % 10_000_000;
        var file = HEADER
                + "Vira " + u + ",Barista,vira." + u + "@test.example,Café,kyiv-podil,maksym.shevchenko@reciprocity.example\n"
                + "Lost " + u + ",Barista,lost." + u + "@test.example,Café,atlantis,\n";
        var view = navigate(ImportView.class);
        test(view.upload).upload("people.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getText()).isEqualTo("1 new · 0 to update · 0 unchanged · 1 rejected");
        @SuppressWarnings("unchecked")
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(1).status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(grid.getCellText(1, 3))
                .isEqualTo("Unknown location \"atlantis\": use a location code or name from Organisation.");
        test(view.onlyRejected).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.importButton.getText()).isEqualTo("Import 1 valid row");

        test(view.importButton).click();

        assertThat(directory.count(new EmployeeFilter("vira." + u, null, null))).isEqualTo(1);
        assertThat(directory.count(new EmployeeFilter("lost." + u, null, null))).isZero();
        assertThat(view.previewSection.isVisible()).as("the preview is done with").isFalse();
    }

    @Test
    void reImportingTheSameFileShowsEverythingUnchangedAndNothingToImport() {
        var u = "iv" + System.nanoTime() % 10_000_000;
        var bytes = (HEADER + "Yarema " + u + ",Courier,yarema." + u + "@test.example,Delivery,lviv-rynok,\n")
                .getBytes(StandardCharsets.UTF_8);
        var view = navigate(ImportView.class);
        view.preview(bytes);
        view.importRows();
        view.preview(bytes);
        assertThat(test(view.grid).getRow(0)).extracting(ImportRow::status).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.importButton.getText()).isEqualTo("Nothing to import");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWithAMessage() {
        var view = navigate(ImportView.class);
        view.preview("name;mail\nAnna;anna@x.example\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.previewSection.isVisible()).isFalse();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("The first line must name the columns. Missing: full_name, job_title, email, department, location.");
    }
}
