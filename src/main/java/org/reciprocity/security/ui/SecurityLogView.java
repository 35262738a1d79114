package org.reciprocity.security.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.security.Roles;
import org.reciprocity.security.SecurityEventKind;
import org.reciprocity.security.SecurityLog;
import org.reciprocity.security.SecurityLogLine;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.VaadinTexts;
import org.reciprocity.shared.ui.ViewHeader;

/** The admin reads the security log, newest first, narrowed by what happened and to whom. */
@Route("admin/security-log")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.securityLog", order = 95, icon = "vaadin:shield")
class SecurityLogView extends Main implements HasDynamicTitle {

    private final SecurityLog log;
    final MultiSelectComboBox<SecurityEventKind> kinds = new MultiSelectComboBox<>();
    final TextField account = new TextField();
    final Grid<SecurityLogLine> grid = new Grid<>();

    SecurityLogView(SecurityLog log, UserTime time) {
        this.log = log;
        addClassNames("view", "full-height");
        var header = new ViewHeader(getTranslation("security.log.title"))
                .withLead(getTranslation("security.log.lead"));

        kinds.setLabel(getTranslation("security.log.filter.kind"));
        kinds.setPlaceholder(getTranslation("security.log.filter.kind.all"));
        kinds.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kinds.setItems(EnumSet.allOf(SecurityEventKind.class).stream()
                .sorted(Comparator.comparing(k -> getTranslation(k.translationKey()))).toList());
        kinds.setClearButtonVisible(true);
        VaadinTexts.apply(kinds);
        kinds.addValueChangeListener(e -> refresh());
        account.setLabel(getTranslation("security.log.filter.account"));
        account.setPlaceholder(getTranslation("security.log.filter.account.placeholder"));
        account.setPrefixComponent(VaadinIcon.SEARCH.create());
        account.setClearButtonVisible(true);
        account.setMaxLength(64);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.addValueChangeListener(e -> refresh());
        var filters = new Div(kinds, account);
        filters.addClassName("filters");

        grid.addColumn(line -> time.dateTime(line.happenedAt())).setHeader(getTranslation("security.log.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> getTranslation(line.kind().translationKey()))
                .setHeader(getTranslation("security.log.column.what")).setAutoWidth(true);
        grid.addColumn(line -> orDash(line.account())).setHeader(getTranslation("security.log.column.account"))
                .setAutoWidth(true);
        grid.addColumn(line -> orDash(line.actor())).setHeader(getTranslation("security.log.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(line -> orDash(line.address())).setHeader(getTranslation("security.log.column.address"))
                .setAutoWidth(true);
        grid.addColumn(SecurityLogLine::detail).setHeader(getTranslation("security.log.column.detail"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("security.log.title"));
        grid.setEmptyStateText(getTranslation("security.log.empty"));

        add(header, filters, grid);
        refresh();
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isEmpty() ? "—" : text;
    }

    void refresh() {
        Set<SecurityEventKind> chosen = kinds.getValue().isEmpty() ? EnumSet.allOf(SecurityEventKind.class)
                : EnumSet.copyOf(kinds.getValue());
        var text = account.getValue();
        grid.setItemsPageable(pageable -> log.find(chosen, text, pageable).getContent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.log.title");
    }
}
