package org.reciprocity.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.EmployeeImport;
import org.reciprocity.people.ImportException;
import org.reciprocity.people.ImportPreview;
import org.reciprocity.people.ImportRow;
import org.reciprocity.people.ImportStatus;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.VaadinTexts;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * The admin uploads a CSV file of employees, sees what each row would do and why rows are rejected, then
 * imports the valid rows. Nothing is stored before the admin says so.
 */
@Route("admin/import")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.import", order = 92, icon = "vaadin:upload")
class ImportView extends Main implements HasDynamicTitle {

    static final String COLUMNS = "full_name,job_title,email,department,location,manager_email";

    private final EmployeeImport employeeImport;
    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    final Paragraph departments = new Paragraph();
    final Checkbox onlyRejected = new Checkbox();
    final Grid<ImportRow> grid = new Grid<>();
    final Button importButton = new Button();
    final Div previewSection = new Div();
    private byte @Nullable [] pending;
    private @Nullable ImportPreview preview;

    ImportView(EmployeeImport employeeImport) {
        this.employeeImport = employeeImport;
        addClassName("view");

        var header = new ViewHeader(getTranslation("people.import.title"))
                .withLead(getTranslation("people.import.lead"));
        var columns = new Pre(COLUMNS);
        columns.addClassName("people-import-columns");
        var rules = new Paragraph(getTranslation("people.import.rules", EmployeeImport.MAX_BYTES / (1024 * 1024),
                EmployeeImport.MAX_ROWS));
        rules.addClassName("muted");

        var ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // runs on the upload request (signed in, session not locked): read it here, show it in the UI
            try {
                var result = employeeImport.preview(bytes);
                ui.access(() -> show(bytes, result));
            } catch (ImportException e) {
                ui.access(() -> refuse(e));
            }
        }));
        upload.addClassName("people-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EmployeeImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> clear());

        onlyRejected.setLabel(getTranslation("people.import.onlyRejected"));
        onlyRejected.addValueChangeListener(e -> showRows());

        grid.addColumn(ImportRow::line).setHeader(getTranslation("people.import.column.line"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("people.import.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportRow::fullName).setHeader(getTranslation("people.import.column.name")).setAutoWidth(true);
        grid.addColumn(this::reason).setHeader(getTranslation("people.import.column.reason")).setFlexGrow(2)
                .setWidth("16rem");
        grid.addColumn(ImportRow::email).setHeader(getTranslation("people.import.column.email")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("people.import.preview"));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importRows());
        var cancel = new Button(getTranslation("action.cancel"), e -> clear());
        var actions = new Div(cancel, importButton);
        actions.addClassName("view-actions");

        previewSection.addClassName("people-import-preview");
        previewSection.add(new H2(getTranslation("people.import.preview")), summary, departments, onlyRejected, grid,
                actions);
        previewSection.setVisible(false);

        add(header, columns, rules, upload, previewSection);
    }

    /** Vaadin's texts in ours, then what this upload says of its own limits. */
    private UploadI18N uploadI18n() {
        VaadinTexts.apply(upload);
        var i18n = upload.getI18n();
        i18n.getAddFiles().setOne(getTranslation("people.import.upload"));
        i18n.getDropFiles().setOne(getTranslation("people.import.drop"));
        i18n.getError()
                .setFileIsTooBig(getTranslation("people.import.tooLarge", EmployeeImport.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("people.import.notCsv"))
                .setTooManyFiles(getTranslation("people.import.oneFile"));
        return i18n;
    }

    /** Reads an uploaded file and shows what importing it would do. */
    void preview(byte[] content) {
        try {
            show(content, employeeImport.preview(content));
        } catch (ImportException e) {
            refuse(e);
        }
    }

    private void show(byte[] content, ImportPreview result) {
        pending = content;
        preview = result;
        summary.setText(getTranslation("people.import.summary", result.count(ImportStatus.NEW),
                result.count(ImportStatus.UPDATE), result.count(ImportStatus.UNCHANGED),
                result.count(ImportStatus.REJECTED)));
        departments.setText(result.newDepartments().isEmpty() ? ""
                : getTranslation("people.import.newDepartments", String.join(", ", result.newDepartments())));
        departments.setVisible(!result.newDepartments().isEmpty());
        onlyRejected.setVisible(result.count(ImportStatus.REJECTED) > 0);
        importButton.setText(getTranslation("people.import.button", result.importable()));
        importButton.setEnabled(result.importable() > 0);
        showRows();
        previewSection.setVisible(true);
    }

    private void showRows() {
        var rows = preview == null ? List.<ImportRow>of() : preview.rows();
        // the preview of one file (at most EmployeeImport.MAX_ROWS rows) is in memory already
        grid.setItems(onlyRejected.getValue()
                ? rows.stream().filter(r -> r.status() == ImportStatus.REJECTED).toList() : rows);
    }

    private void refuse(ImportException e) {
        clear();
        Notices.error(e.value() == null ? getTranslation(e.messageKey()) : getTranslation(e.messageKey(), e.value()));
    }

    void importRows() {
        var content = pending;
        if (content == null) {
            return;
        }
        try {
            var result = employeeImport.importValid(content);
            Notices.success(getTranslation("people.import.done", result.created(), result.updated(),
                    result.unchanged(), result.rejected()));
            clear();
        } catch (ImportException e) {
            refuse(e);
        }
    }

    private void clear() {
        pending = null;
        preview = null;
        onlyRejected.setValue(false);
        grid.setItems(List.of());
        previewSection.setVisible(false);
        upload.clearFileList();
    }

    private Span statusBadge(ImportRow row) {
        var badge = new Span(getTranslation(row.status().translationKey()));
        badge.addClassName("badge");
        switch (row.status()) {
            case NEW -> badge.addClassName("success");
            case REJECTED -> badge.addClassName("error");
            case UPDATE -> badge.addClassName("people-import-update");
            default -> { }
        }
        return badge;
    }

    private String reason(ImportRow row) {
        if (row.reasonKey() != null) {
            return row.reasonValue() == null ? getTranslation(row.reasonKey())
                    : getTranslation(row.reasonKey(), row.reasonValue());
        }
        return row.newDepartment() ? getTranslation("people.import.newDepartment", row.department()) : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.import.title");
    }
}
