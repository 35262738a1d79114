package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.recognition.DailyLimitReached;
import org.reciprocity.recognition.GiveRecognition;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionException;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.ui.CharacterCount;
import org.reciprocity.shared.ui.FormDraft;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.VaadinTexts;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.Violations;
import org.reciprocity.shared.ui.TranslationMark;

/**
 * Recognise colleagues: whom, which values (one to three), what they did and what it changed, and who may read
 * it. {@code ?to=<employee id>} starts with a colleague picked (from their page).
 */
@Route("recognize")
@PermitAll
class GiveRecognitionView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final RecognitionService recognitions;
    private final Directory directory;
    private final @Nullable Long me;
    final MultiSelectComboBox<EmployeeRef> recipients = new MultiSelectComboBox<>();
    final CheckboxGroup<ServiceValue> values = new CheckboxGroup<>();
    final TextArea story = new TextArea();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Button give = new Button();
    final Paragraph today = new Paragraph();
    @Nullable ConfirmDialog overLimit;
    private @Nullable FormDraft draft;

    GiveRecognitionView(RecognitionService recognitions, Directory directory, VisionService vision,
                        CurrentUser currentUser) {
        this.recognitions = recognitions;
        this.directory = directory;
        this.me = currentUser.require().employeeId();
        addClassNames("view", "recognition-give");
        add(new ViewHeader(getTranslation("recognition.give.title")).withLead(getTranslation("recognition.give.lead")));
        if (me == null) {
            var empty = new Div(new Paragraph(getTranslation("recognition.give.notEmployee")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }

        recipients.setLabel(getTranslation("recognition.give.recipients"));
        recipients.setHelperText(getTranslation("recognition.give.recipients.helper"));
        recipients.setItemsPageable((pageable, text) -> directory.pick(text, pageable).stream()
                .filter(e -> e.id() != me).toList());
        recipients.setItemLabelGenerator(EmployeeRef::fullName);
        recipients.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                e -> e.fullName() + " · " + e.jobTitle()));
        recipients.setRequiredIndicatorVisible(true);
        recipients.setWidthFull();
        VaadinTexts.apply(recipients);

        values.setLabel(getTranslation("recognition.give.values", GiveRecognition.MAX_VALUES));
        values.setItems(vision.activeValues());
        values.setItemLabelGenerator(v -> TranslationMark.label(this, v.name(getLocale()), v.in(getLocale())));
        values.setRequiredIndicatorVisible(true);
        values.addClassName("recognition-value-choice");
        values.addValueChangeListener(e -> {
            values.setInvalid(false);
            var full = e.getValue().size() >= GiveRecognition.MAX_VALUES;
            values.setItemEnabledProvider(v -> !full || e.getValue().contains(v));
        });

        story.setLabel(getTranslation("recognition.give.story"));
        // no minimum on the field: it would turn red without a word at each pause while typing (and on a restored
        // draft); the count shows how far along the story is, and sending says "too short" next to it
        story.setMaxLength(GiveRecognition.MAX_STORY);
        CharacterCount.show(story, count -> getTranslation("recognition.give.story.helper", count));
        story.setRequiredIndicatorVisible(true);
        story.setWidthFull();
        story.setMinHeight("9em");

        visibility.setLabel(getTranslation("recognition.give.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(Keys.visibility(v)));
        visibility.setValue(Visibility.PUBLIC);

        today.addClassName("muted");
        showToday();

        give.setText(getTranslation("recognition.give.submit"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> submit(command()));
        var cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate(BoardView.class));
        var actions = new Div(give, cancel);
        actions.addClassName("view-actions");

        var form = new Div(recipients, values, story, visibility, today, actions);
        form.addClassName("recognition-form");
        add(form);
        draft = keepDraft(form, currentUser.require().accountId(), me);
    }

    /** The half-written recognition survives a page that starts over, in this tab and for this account only. */
    private FormDraft keepDraft(Div form, long accountId, long self) {
        var valueItems = values.getListDataView();
        return FormDraft.keep(form, "recognize." + accountId)
                .choice("recipients", recipients, FormDraft.codec(GiveRecognitionView::ids, saved -> ids(saved).stream()
                        .filter(id -> id != self)
                        .flatMap(id -> directory.find(id).stream())
                        .map(p -> new EmployeeRef(p.id(), p.fullName(), p.jobTitle()))
                        .collect(Collectors.toSet())))
                .choice("values", values, FormDraft.codec(chosen -> chosen.stream().map(v -> Long.toString(v.id()))
                        .collect(Collectors.joining(",")), saved -> valueItems.getItems()
                        .filter(v -> ids(saved).contains(v.id())).collect(Collectors.toSet())))
                .text("story", story)
                .choice("visibility", visibility, FormDraft.option(Visibility.class));
    }

    private static String ids(Set<EmployeeRef> people) {
        return people.stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(","));
    }

    private static Set<Long> ids(String saved) {
        return Arrays.stream(saved.split(",")).map(GiveRecognitionView::parse).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (me == null) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("to").flatMap(GiveRecognitionView::parse)
                .filter(id -> id != me.longValue())
                .flatMap(directory::find)
                .ifPresent(p -> recipients.setValue(Set.of(new EmployeeRef(p.id(), p.fullName(), p.jobTitle()))));
    }

    private static java.util.Optional<Long> parse(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private GiveRecognition command() {
        return new GiveRecognition(recipients.getValue().stream().map(EmployeeRef::id).collect(Collectors.toSet()),
                values.getValue().stream().map(ServiceValue::id).collect(Collectors.toCollection(HashSet::new)),
                story.getValue(), visibility.getValue() == null ? Visibility.PUBLIC : visibility.getValue(), false);
    }

    void submit(GiveRecognition command) {
        for (HasValidation field : new HasValidation[]{recipients, values, story}) {
            field.setInvalid(false);
        }
        try {
            done(recognitions.give(command));
        } catch (ConstraintViolationException e) {
            Violations.show(e, fields(), this::getTranslation);
        } catch (DailyLimitReached e) {
            askOverLimit(command, e);
        } catch (RecognitionException e) {
            Violations.show(e, fields(), this::getTranslation);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("recipientIds", recipients, "valueIds", values, "story", story);
    }

    private void askOverLimit(GiveRecognition command, DailyLimitReached limit) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("recognition.give.limit.title", limit.givenToday()));
        dialog.setText(getTranslation("recognition.give.limit.text", limit.limit()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("recognition.give.limit.wait"));
        dialog.setConfirmText(getTranslation("recognition.give.limit.confirm"));
        dialog.addConfirmListener(e -> submit(command.confirmingOverLimit()));
        overLimit = dialog;
        dialog.open();
    }

    private void done(RecognitionCard card) {
        if (draft != null) {
            draft.forget();
        }
        var names = card.recipients().stream().map(RecognitionCard.Person::name).collect(Collectors.joining(", "));
        Notices.success(getTranslation("recognition.give.done", names));
        if (card.visibility() == Visibility.PUBLIC) {
            UI.getCurrent().navigate(BoardView.class);
        } else {
            UI.getCurrent().navigate(ReceivedView.class);
        }
    }

    private void showToday() {
        today.setText(getTranslation("recognition.give.today", recognitions.givenToday(), recognitions.dailyLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.give.title");
    }
}
