package org.reciprocity.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.CaseWorkflow;

/** The workflow's next steps as buttons; dismissing asks for a reason first. */
class CaseActionsBar extends FlexLayout implements CasePart {

    private static final Set<CaseStatus> FORWARD = Set.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW,
            CaseStatus.RESOLVED);
    /**
     * The order of the buttons: the next step first, closing without action last. The case's set of next steps
     * has no order of its own, so without this the buttons would change places from one server start to the next.
     */
    private static final Comparator<CaseStatus> ORDER = Comparator
            .comparing((CaseStatus s) -> s == CaseStatus.DISMISSED)
            .thenComparing(Comparator.naturalOrder());

    /** HR moves the case; {@code reason} only when dismissing. */
    static final class MoveEvent extends ComponentEvent<CaseActionsBar> {
        private final CaseStatus to;
        private final @Nullable String reason;

        MoveEvent(CaseActionsBar source, CaseStatus to, @Nullable String reason) {
            super(source, false);
            this.to = to;
            this.reason = reason;
        }

        CaseStatus to() {
            return to;
        }

        @Nullable String reason() {
            return reason;
        }
    }

    final List<Button> moves = new ArrayList<>();
    final Dialog dismissDialog = new Dialog();
    final TextArea dismissReason = new TextArea();

    CaseActionsBar() {
        addClassName("review-actions");
        dismissDialog.setHeaderTitle(getTranslation("review.dismiss.title"));
        dismissDialog.setWidth("32rem");
        dismissDialog.setMaxWidth("100%");
        dismissReason.setLabel(getTranslation("review.dismiss.reason"));
        dismissReason.setHelperText(getTranslation("review.dismiss.reason.help"));
        dismissReason.setMaxLength(CaseWorkflow.REASON_MAX);
        dismissReason.setWidthFull();
        dismissReason.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("review.move.DISMISSED"),
                e -> fireEvent(new MoveEvent(this, CaseStatus.DISMISSED, dismissReason.getValue())));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("review.cancel"), e -> dismissDialog.close());
        dismissDialog.add(dismissReason);
        dismissDialog.getFooter().add(cancel, confirm);
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    void show(CaseDetails c) {
        removeAll();
        moves.clear();
        for (var to : c.next().stream().sorted(ORDER).toList()) {
            var button = new Button(getTranslation(Keys.move(to)));
            if (to == CaseStatus.DISMISSED) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                button.addClickListener(e -> dismissDialog.open());
            } else {
                if (FORWARD.contains(to)) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                button.addClickListener(e -> fireEvent(new MoveEvent(this, to, null)));
            }
            moves.add(button);
            add(button);
        }
        setVisible(!moves.isEmpty());
        if (!c.next().contains(CaseStatus.DISMISSED)) {
            // e.g. someone else closed the case meanwhile and the page reloaded: the open dialog asks the impossible
            dismissDialog.close();
        }
    }

    /** A refused dismissal names its reason: shown in the dialog, which stays open. */
    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("reason", dismissReason);
    }

    @Override
    public void done() {
        dismissDialog.close();
        dismissReason.clear();
        dismissReason.setInvalid(false);
    }
}
