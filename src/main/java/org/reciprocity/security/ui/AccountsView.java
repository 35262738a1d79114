package org.reciprocity.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.AccountSummary;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Roles;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.security.SignInDelays;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * The admin finds accounts by username or name, opens new ones and changes, disables or resets them (password,
 * second factor). Above the list, the sign-ins that are delayed now, to clear.
 */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.accounts", order = 90, icon = "vaadin:key")
class AccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    final TextField search = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();
    final Button add = new Button();
    final SignInDelaysPanel delays;
    private final Span count = new Span();

    AccountsView(AccountService accounts, SecondFactorService secondFactor, CurrentUser currentUser,
                 SignInDelays signInDelays, UserTime time) {
        this.accounts = accounts;
        addClassNames("view", "full-height");

        add.setText(getTranslation("admin.account.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new NewAccountDialog(accounts, this::refresh).open());
        var header = new ViewHeader(getTranslation("admin.accounts.title"), add)
                .withLead(getTranslation("admin.accounts.lead"));

        search.setLabel(getTranslation("admin.accounts.search"));
        search.setPlaceholder(getTranslation("admin.accounts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());
        count.addClassName("muted");

        grid.addColumn(AccountSummary::username).setHeader(getTranslation("admin.accounts.column.username"))
                .setKey("username").setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(a -> a.employeeName() == null ? getTranslation("admin.account.technical.short") : a.employeeName())
                .setHeader(getTranslation("admin.accounts.column.name")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation(r.translationKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.accounts.column.roles")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(a -> {
            var badge = new Span(getTranslation(a.enabled() ? "admin.account.state.enabled" : "admin.account.state.disabled"));
            badge.addClassNames("badge", a.enabled() ? "success" : "error");
            return badge;
        })).setHeader(getTranslation("admin.accounts.column.state")).setAutoWidth(true);
        grid.addColumn(a -> time.date(a.createdAt())).setHeader(getTranslation("admin.accounts.column.created"))
                .setKey("createdAt").setSortable(true).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("admin.accounts.title"));
        grid.setEmptyStateText(getTranslation("admin.accounts.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) { // null when the click lands on a row the grid has just replaced
                var self = currentUser.get().filter(me -> me.accountId() == e.getItem().id()).isPresent();
                new AccountDialog(accounts, secondFactor, time, e.getItem(), self, this::refresh).open();
            }
        });

        delays = new SignInDelaysPanel(signInDelays, time);
        add(header, delays, search, count, grid);
        refresh();
    }

    void refresh() {
        var text = search.getValue();
        grid.setItemsPageable(pageable -> accounts.find(text, pageable).getContent(), pageable -> accounts.count(text));
        count.setText(getTranslation("admin.accounts.count", accounts.count(text)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.accounts.title");
    }
}
