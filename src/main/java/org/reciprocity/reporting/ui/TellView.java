package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.reciprocity.people.Directory;
import org.reciprocity.people.LocationRef;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportReceipt;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportingException;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.CharacterCount;
import org.reciprocity.shared.ui.Focus;
import org.reciprocity.shared.ui.FormDraft;
import org.reciprocity.shared.ui.VaadinTexts;
import org.reciprocity.shared.ui.Violations;

/**
 * "Tell us": the public form. Anyone opens it without an account (a QR code on the counter adds
 * {@code ?location=<code>}); a signed-in employee may also send it under their name. After sending, the page
 * shows the receipt code once, with what happens next.
 */
@Route(value = "tell", autoLayout = false)
@AnonymousAllowed
@Menu(title = "nav.tell", order = 70, icon = "vaadin:megaphone")
class TellView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final Directory directory;
    private final ZoneId zone;
    private final Clock clock;
    private final boolean employee;
    private final Div content = new Div();
    final Div form = new Div();
    private final Div formError = new Div();
    private final FormDraft draft;

    final RadioButtonGroup<ReportKind> kind = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> named = new RadioButtonGroup<>();
    final ComboBox<LocationRef> location = new ComboBox<>();
    final DateTimePicker occurredAt = new DateTimePicker();
    final TextField who = new TextField();
    final TextArea what = new TextArea();
    final EmailField email = new EmailField();
    final Checkbox contactConsent = new Checkbox();
    final Checkbox publicConsent = new Checkbox();
    final TextField trap = new TextField();
    final Button send = new Button();

    TellView(ReportService reports, Directory directory, CurrentUser currentUser, CompanySettings company,
             Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.zone = company.timeZone();
        this.clock = clock;
        var user = currentUser.get();
        this.employee = user.map(u -> u.employeeId() != null).orElse(false);
        addClassName("reporting-page");
        content.addClassName("reporting-content");
        add(PublicPages.header(company.name(), user.isPresent(), content), content);
        setUpFields();
        form.add(kind, named, location, occurredAt, who, what, email, contactConsent, publicConsent,
                trap.getParent().orElseThrow(), formError, send);
        form.addClassName("reporting-form");
        draft = keepDraft();
        showForm();
    }

    /**
     * What is typed survives a page that starts over (session ended, language switched) in this tab only: one
     * draft per tab, signed in or not (an ended session leaves a signed-in employee anonymous). Never the honeypot.
     */
    private FormDraft keepDraft() {
        var places = location.getListDataView();
        return FormDraft.keep(form, "tell")
                .choice("kind", kind, FormDraft.option(ReportKind.class))
                .choice("named", named, FormDraft.TICK)
                .choice("location", location, FormDraft.codec(l -> Long.toString(l.id()),
                        id -> places.getItems().filter(l -> Long.toString(l.id()).equals(id)).findFirst().orElse(null)))
                .choice("occurredAt", occurredAt, FormDraft.codec(LocalDateTime::toString, LocalDateTime::parse))
                .text("who", who)
                .text("what", what)
                .text("email", email)
                .choice("contactConsent", contactConsent, FormDraft.TICK)
                .choice("publicConsent", publicConsent, FormDraft.TICK);
    }

    private void setUpFields() {
        kind.setLabel(getTranslation("reporting.kind"));
        kind.setItems(ReportKind.values());
        kind.setRenderer(new ComponentRenderer<>(k -> {
            var help = new Span(getTranslation(k.translationKey() + ".help"));
            help.addClassName("muted");
            var option = new Div(new Span(getTranslation(k.translationKey())), help);
            option.addClassName("reporting-kind-option");
            return option;
        }));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(e -> publicConsent.setVisible(e.getValue() == ReportKind.PRAISE));

        named.setLabel(getTranslation("reporting.named"));
        named.setItems(Boolean.FALSE, Boolean.TRUE);
        named.setItemLabelGenerator(b -> getTranslation(b ? "reporting.named.yes" : "reporting.named.no"));
        named.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        named.setValue(Boolean.FALSE);
        named.setVisible(employee);

        location.setLabel(getTranslation("reporting.location"));
        location.setHelperText(getTranslation("reporting.location.help"));
        location.setItems(directory.locations());
        location.setItemLabelGenerator(LocationRef::name);
        location.setRequiredIndicatorVisible(true);
        location.setWidthFull();

        occurredAt.setLabel(getTranslation("reporting.occurredAt"));
        occurredAt.setHelperText(getTranslation("reporting.occurredAt.help"));
        occurredAt.setDateAriaLabel(getTranslation("reporting.occurredAt.date"));
        occurredAt.setTimeAriaLabel(getTranslation("reporting.occurredAt.time"));
        occurredAt.setStep(Duration.ofMinutes(15));
        VaadinTexts.apply(occurredAt);
        occurredAt.setRequiredIndicatorVisible(true);

        who.setLabel(getTranslation("reporting.who"));
        who.setHelperText(getTranslation("reporting.who.help"));
        who.setMaxLength(FileReport.WHO_MAX);
        who.setRequiredIndicatorVisible(true);
        who.setWidthFull();

        what.setLabel(getTranslation("reporting.what"));
        what.setHelperText(getTranslation("reporting.what.help", 0));
        what.setMaxLength(FileReport.WHAT_MAX);
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        what.setMinHeight("10rem");
        CharacterCount.show(what, count -> getTranslation("reporting.what.help", count));

        email.setLabel(getTranslation("reporting.email"));
        email.setHelperText(getTranslation("reporting.email.help"));
        email.setMaxLength(FileReport.EMAIL_MAX);
        email.setWidthFull();
        contactConsent.setLabel(getTranslation("reporting.contactConsent"));
        publicConsent.setLabel(getTranslation("reporting.publicConsent"));
        publicConsent.setVisible(false);

        // The honeypot: out of sight and out of the tab order for people; robots fill in every field they find.
        trap.setLabel(getTranslation("reporting.trap"));
        trap.setTabIndex(-1);
        trap.getElement().setAttribute("autocomplete", "off");
        var trapHolder = new Div(trap);
        trapHolder.addClassName("reporting-trap");
        trapHolder.getElement().setAttribute("aria-hidden", "true");

        formError.addClassName("reporting-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.getElement().setAttribute("tabindex", "-1");
        formError.setVisible(false);

        send.setText(getTranslation("reporting.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> submit());
        send.setDisableOnClick(true);
    }

    /** The form, with "when" set to about now. */
    private void showForm() {
        var title = new H1(getTranslation("reporting.tell.title"));
        var lead = new Paragraph(getTranslation("reporting.tell.lead"));
        lead.addClassName("reporting-lead");
        var privacy = new Div(VaadinIcon.LOCK.create(), new Span(getTranslation("reporting.tell.privacy")));
        privacy.addClassName("reporting-privacy");
        occurredAt.setMax(roundedNow().plusMinutes(20));
        occurredAt.setValue(roundedNow());
        content.removeAll();
        content.add(title, lead, privacy, form);
    }

    /** Forgets what was told once it is sent; the place stays, as the next story is likely from there too. */
    private void clearForm() {
        kind.clear();
        named.setValue(Boolean.FALSE);
        who.clear();
        what.clear();
        email.clear();
        contactConsent.clear();
        publicConsent.clear();
        trap.clear();
    }

    private LocalDateTime roundedNow() {
        var now = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        return now.withMinute(now.getMinute() / 15 * 15);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("location")
                .filter(code -> code.length() <= 40)
                .flatMap(directory::locationByCode)
                .ifPresent(location::setValue);
    }

    void submit() {
        for (HasValidation field : fields().values()) {
            field.setInvalid(false);
        }
        formError.setVisible(false);
        var chosen = location.getValue();
        var command = new FileReport(kind.getValue(), chosen == null ? null : chosen.id(), occurredAt.getValue(),
                who.getValue(), what.getValue(), email.getValue(), contactConsent.getValue(),
                publicConsent.isVisible() && publicConsent.getValue(), employee && Boolean.TRUE.equals(named.getValue()),
                trap.getValue()).withLanguage(getLocale());
        try {
            showReceipt(reports.file(command, PublicPages.clientKey()));
        } catch (ConstraintViolationException e) {
            Violations.show(e, fields(), this::getTranslation);
        } catch (ReportingException e) {
            if (!Violations.show(e, fields(), this::getTranslation)) {
                formError.setText(getTranslation(e.messageKey()));
                formError.setVisible(true);
                Focus.moveTo(formError);
            }
        } finally {
            send.setEnabled(true);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "locationId", location, "occurredAt", occurredAt, "who", who, "what", what,
                "email", email, "contactConsent", contactConsent, "named", named);
    }

    private void showReceipt(ReportReceipt receipt) {
        draft.forget();
        clearForm();
        content.removeAll();
        content.add(new ReceiptPanel(receipt, this::showForm));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.tell.title");
    }
}
