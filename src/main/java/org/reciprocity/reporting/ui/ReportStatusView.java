package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportFollowUp;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportingException;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.UserTime;

/**
 * The reporter follows their report with the receipt code: status, its history, the company's replies, and a
 * box to write back. A mistyped and an unknown code get the same answer. The code stays in this page only; from
 * the receipt it comes along inside the tab ({@link #openWith}), never in the address.
 */
@Route(value = "tell/status", autoLayout = false)
@AnonymousAllowed
class ReportStatusView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** A code brought from the receipt in this tab, held by the tab's page until the status page takes it. */
    private record CodeToCheck(String code) implements Serializable {
    }

    private final ReportService reports;
    private final UserTime time;
    private final Div result = new Div();

    final TextField codeField = new TextField();
    final Button show = new Button();
    @Nullable FollowUpPanel panel;
    private @Nullable ReportFollowUp shown;

    ReportStatusView(ReportService reports, UserTime time, CurrentUser currentUser, CompanySettings company) {
        this.reports = reports;
        this.time = time;
        addClassName("reporting-page");
        var content = new Div();
        content.addClassName("reporting-content");
        add(PublicPages.header(company.name(), currentUser.get().isPresent(), content), content);

        var lead = new Paragraph(getTranslation("reporting.status.lead"));
        lead.addClassName("reporting-lead");
        codeField.setLabel(getTranslation("reporting.status.code"));
        codeField.setHelperText(getTranslation("reporting.status.code.help"));
        codeField.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        codeField.setMaxLength(40);
        codeField.addClassName("reporting-code-field");
        codeField.getElement().setAttribute("autocomplete", "off");
        codeField.getElement().setAttribute("autocapitalize", "characters");
        codeField.getElement().setAttribute("spellcheck", "false");
        show.setText(getTranslation("reporting.status.show"));
        show.setIcon(VaadinIcon.SEARCH.create());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> lookup());
        show.addClickShortcut(Key.ENTER);
        var bar = new Div(codeField, show);
        bar.addClassName("reporting-code-bar");
        result.addClassName("reporting-result");
        content.add(new H1(getTranslation("reporting.status.title")), lead, bar, result);
    }

    /** Opens this page in the current tab with {@code code} filled in and looked up, keeping it out of the address. */
    static void openWith(String code) {
        var ui = UI.getCurrent();
        ComponentUtil.setData(ui, CodeToCheck.class, new CodeToCheck(code));
        ui.navigate(ReportStatusView.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var carried = ComponentUtil.getData(event.getUI(), CodeToCheck.class);
        if (carried != null) {
            ComponentUtil.setData(event.getUI(), CodeToCheck.class, null); // taken once
            codeField.setValue(carried.code());
            lookup();
        }
    }

    void lookup() {
        codeField.setInvalid(false);
        try {
            var code = codeField.getValue();
            var found = reports.lookup(code, PublicPages.clientKey());
            if (found.isEmpty()) {
                clear();
                codeField.setErrorMessage(getTranslation("reporting.status.notFound"));
                codeField.setInvalid(true);
                return;
            }
            if (panel != null && shown != null && sameReport(shown, found.get())) {
                panel.show(found.get()); // Show again: the news, and the message being typed stays
                shown = found.get();
                return;
            }
            clear();
            show(found.get(), code);
        } catch (ReportingException e) {
            clear();
            codeField.setErrorMessage(getTranslation(e.messageKey()));
            codeField.setInvalid(true);
        }
    }

    private void clear() {
        result.removeAll();
        panel = null;
        shown = null;
    }

    /** The follow-up shows no id (a reporter has only the code); when it was filed and what it says tell it apart. */
    private static boolean sameReport(ReportFollowUp a, ReportFollowUp b) {
        return a.filedAt().equals(b.filedAt()) && a.what().equals(b.what());
    }

    /** The follow-up of the report {@code code} found; messages go with that code, whatever the field says later. */
    private void show(ReportFollowUp report, String code) {
        shown = report;
        // the draft is named by when the report was filed: the reporter knows it, and it tells two reports apart
        panel = new FollowUpPanel(report, false, "reporting.status." + report.filedAt().toEpochMilli(), time,
                text -> reports.addReporterMessage(code, text, PublicPages.clientKey()));
        result.add(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.status.title");
    }
}
