package org.reciprocity.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.shared.ui.UserTime;

/**
 * The workflow's next steps as buttons. Closing without action and taking praise off the board ask for a reason
 * first; publishing shows the board card it will make and asks to confirm.
 */
class CaseActionsBar extends FlexLayout implements CasePart {

    private static final Set<CaseStatus> FORWARD = Set.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW,
            CaseStatus.RESOLVED);
    /** The steps that need a reason, and take a red button: they end something. */
    private static final Set<CaseStatus> REASONED = Set.of(CaseStatus.DISMISSED, CaseStatus.UNPUBLISHED);
    /**
     * The order of the buttons: the next step first, closing without action last. The case's set of next steps
     * has no order of its own, so without this the buttons would change places from one server start to the next.
     */
    private static final Comparator<CaseStatus> ORDER = Comparator
            .comparing((CaseStatus s) -> s == CaseStatus.DISMISSED)
            .thenComparing(Comparator.naturalOrder());

    /** HR moves the case; {@code reason} only when closing without action or taking praise off the board. */
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

    private final UserTime time;
    private final Clock clock;
    final List<Button> moves = new ArrayList<>();
    final ReasonDialog dismissDialog;
    final TextArea dismissReason;
    final ReasonDialog unpublishDialog;
    final TextArea unpublishReason;
    final ConfirmDialog publishDialog = new ConfirmDialog();
    private final Div preview = new Div();

    CaseActionsBar(UserTime time, Clock clock) {
        this.time = time;
        this.clock = clock;
        addClassName("review-actions");
        dismissDialog = new ReasonDialog("review.dismiss", getTranslation(Keys.move(CaseStatus.DISMISSED)),
                () -> move(CaseStatus.DISMISSED));
        dismissReason = dismissDialog.reason;
        unpublishDialog = new ReasonDialog("review.unpublish", getTranslation("review.unpublish.confirm"),
                () -> move(CaseStatus.UNPUBLISHED));
        unpublishReason = unpublishDialog.reason;

        publishDialog.setHeader(getTranslation("review.publish.title"));
        var lead = new Paragraph(getTranslation("review.publish.lead"));
        lead.addClassName("review-publish-lead");
        preview.addClassName("review-publish-preview");
        publishDialog.setText(new Div(lead, preview));
        publishDialog.setConfirmText(getTranslation(Keys.move(CaseStatus.PUBLISHED)));
        publishDialog.setCancelable(true);
        publishDialog.setCancelText(getTranslation("review.cancel"));
        publishDialog.addConfirmListener(e -> fireEvent(new MoveEvent(this, CaseStatus.PUBLISHED, null)));
        publishDialog.setWidth("36rem");
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    void show(CaseDetails c) {
        removeAll();
        moves.clear();
        for (var to : c.next().stream().sorted(ORDER).toList()) {
            var button = new Button(getTranslation(Keys.move(to)));
            if (REASONED.contains(to)) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                var dialog = to == CaseStatus.DISMISSED ? dismissDialog : unpublishDialog;
                button.addClickListener(e -> dialog.open());
            } else if (to == CaseStatus.PUBLISHED) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addClickListener(e -> openPreview(c));
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
        // e.g. someone else closed the case meanwhile and the page reloaded: an open dialog would ask the impossible
        if (!c.next().contains(CaseStatus.DISMISSED)) {
            dismissDialog.close();
        }
        if (!c.next().contains(CaseStatus.UNPUBLISHED)) {
            unpublishDialog.close();
        }
        if (!c.next().contains(CaseStatus.PUBLISHED)) {
            publishDialog.close();
        }
    }

    /** The card as the board would show it now, with the people linked now. */
    private void openPreview(CaseDetails c) {
        preview.removeAll();
        preview.add(new BoardCardPreview(c, time, clock.instant()));
        publishDialog.open();
    }

    private void move(CaseStatus to) {
        var reason = to == CaseStatus.DISMISSED ? dismissReason.getValue() : unpublishReason.getValue();
        fireEvent(new MoveEvent(this, to, reason));
    }

    /** A refused step names its reason: shown in the dialog it came from, which stays open. */
    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("reason", unpublishDialog.isOpened() ? unpublishReason : dismissReason);
    }

    @Override
    public void done() {
        dismissDialog.reset();
        unpublishDialog.reset();
        publishDialog.close();
    }
}
