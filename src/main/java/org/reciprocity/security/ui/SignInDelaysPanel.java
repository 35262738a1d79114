package org.reciprocity.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.reciprocity.security.SignInDelay;
import org.reciprocity.security.SignInDelays;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;

/**
 * Who is slowed at sign-in now, on the accounts page: an account from one address after several wrong passwords,
 * or an address that failed with many usernames. Folded when nobody is; the admin clears a delay for someone sure
 * of their password.
 */
class SignInDelaysPanel extends Details {

    final Grid<SignInDelay> grid = new Grid<>();
    final Button refresh = new Button();
    private final SignInDelays delays;

    SignInDelaysPanel(SignInDelays delays, UserTime time) {
        this.delays = delays;
        addClassName("sign-in-delays");
        var lead = new Paragraph(getTranslation("admin.delays.lead"));
        lead.addClassName("muted");
        refresh.setText(getTranslation("admin.delays.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.addClickListener(e -> reload());

        // who and from where in one frozen column, the button frozen at the end: both stay in sight on a phone
        grid.addColumn(new ComponentRenderer<>(this::who)).setHeader(getTranslation("admin.delays.column.account"))
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(SignInDelay::failures).setHeader(getTranslation("admin.delays.column.failures")).setAutoWidth(true);
        grid.addColumn(d -> time.timeOfDay(d.nextAttempt()))
                .setHeader(getTranslation("admin.delays.column.nextAttempt")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::clearButton)).setHeader(getTranslation("admin.delays.column.action"))
                .setAutoWidth(true).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true); // at most SignInDelays.SHOWN_AT_MOST
        grid.setAriaLabel(getTranslation("admin.delays.title"));
        grid.setEmptyStateText(getTranslation("admin.delays.empty"));
        add(lead, refresh, grid);
        reload();
        setOpened(!grid.getListDataView().getItems().toList().isEmpty());
    }

    private void reload() {
        var current = delays.current();
        grid.setItems(current);
        setSummaryText(current.isEmpty() ? getTranslation("admin.delays.title")
                : getTranslation("admin.delays.title.count", current.size()));
    }

    private Div who(SignInDelay delay) {
        var from = new Span(getTranslation("admin.delays.from", delay.address()));
        from.addClassName("muted");
        var cell = new Div(new Span(delay.account() == null ? getTranslation("admin.delays.anyAccount")
                : delay.account()), from);
        cell.addClassName("sign-in-delay-who");
        return cell;
    }

    private Button clearButton(SignInDelay delay) {
        var who = whoInWords(delay);
        var clear = new Button(getTranslation("admin.delays.clear"), e -> {
            delays.clear(delay);
            Notices.success(getTranslation("admin.delays.cleared", who));
            reload();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        clear.setAriaLabel(getTranslation("admin.delays.clear.of", who));
        return clear;
    }

    private String whoInWords(SignInDelay delay) {
        return delay.account() == null ? getTranslation("admin.delays.who.address", delay.address())
                : getTranslation("admin.delays.who.account", delay.account(), delay.address());
    }
}
