package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.Upload;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Vaadin's own texts in the reader's language, from our bundles. What a component says on its own and Vaadin's Java
 * API can set (calendars, upload, the announcements of a multi-select, the shell's drawer, side navigation and menu
 * bar) a view sets with {@code apply} when it builds the component. What Vaadin's client code writes with no such
 * API — the grid sorter's "Sort by …", the password field's "Show password", the connection indicator — is set for
 * the whole page by {@link #applyToPage}, which {@link PageLocale} runs for every UI and each change of its language.
 */
public final class VaadinTexts {

    /** Finds the page's password fields and grid sorters as Vaadin adds them, and says their texts in ours. */
    private static final String PAGE_SCRIPT = """
            const r = window.Reciprocity = window.Reciprocity || {};
            r.texts = {sortBy: $0, reveal: $1, online: $2};
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) { indicator.onlineText = r.texts.online; }
            if (!r.applyTexts) {
              r.applyTexts = () => {
                const t = r.texts;
                // the grid's connector labels every sorter `Sort by ${header}`: keep the header, say the rest in ours
                document.querySelectorAll('vaadin-grid-sorter[aria-label]').forEach(sorter => {
                  const label = sorter.getAttribute('aria-label');
                  if (sorter.dataset.header === undefined) {
                    if (!label.startsWith('Sort by ')) { return; }
                    sorter.dataset.header = label.substring('Sort by '.length);
                  }
                  const wanted = t.sortBy.replace('{0}', sorter.dataset.header);
                  if (label !== wanted) { sorter.setAttribute('aria-label', wanted); }
                });
                document.querySelectorAll('vaadin-password-field').forEach(field => {
                  if (!field.i18n || field.i18n.reveal !== t.reveal) {
                    field.i18n = Object.assign({}, field.i18n, {reveal: t.reveal});
                  }
                });
              };
              new MutationObserver(r.applyTexts).observe(document.body, {childList: true, subtree: true});
            }
            r.applyTexts();""";

    /**
     * The calendar's month heading in the nominative ("Вересень 2026") while its days, read from the same month
     * names, say the genitive ("1 вересня 2026, вівторок"). Vaadin's client keeps one list of month names and takes
     * the heading from a function, which no Java API can send: it is added after every update of the calendar's texts.
     */
    private static final String CALENDAR_HEADING = """
            const picker = this.localName === 'vaadin-date-picker' ? this : this.querySelector('vaadin-date-picker');
            const connector = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.datepickerConnector;
            if (!picker || !connector) { return; }
            connector.initLazy(picker);
            const c = picker.$connector;
            c.reciprocityHeadings = $0.split('|');
            c.reciprocityHeading = () => {
              const i18n = picker.i18n || {};
              const names = i18n.monthNames || [];
              picker.i18n = Object.assign({}, i18n, {formatTitle: (month, year) => {
                const k = names.indexOf(month);
                return (k < 0 ? month : c.reciprocityHeadings[k]) + ' ' + year;
              }});
            };
            if (!c.reciprocityUpdate) {
              const update = c.updateI18n;
              c.updateI18n = function (...args) { update.apply(this, args); c.reciprocityHeading(); };
              c.reciprocityUpdate = true;
            }
            c.reciprocityHeading();""";

    private VaadinTexts() {
    }

    /** The reconnect indicator and what the page script translates; Vaadin keeps the indicator's texts per UI. */
    static void applyToPage(UI ui) {
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("vaadin.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("vaadin.connection.lost"));
        ui.getPage().executeJs(PAGE_SCRIPT, ui.getTranslation("vaadin.grid.sortBy"),
                ui.getTranslation("vaadin.password.reveal"), ui.getTranslation("vaadin.connection.online"));
    }

    public static void apply(DatePicker picker) {
        picker.setI18n(calendar(picker, picker.getLocale())
                .setBadInputErrorMessage(picker.getTranslation("vaadin.datePicker.badInput")));
        onEveryAttach(picker, CALENDAR_HEADING, headings(picker.getLocale()));
    }

    public static void apply(DateTimePicker picker) {
        var locale = picker.getLocale();
        picker.setDatePickerI18n(calendar(picker, locale));
        picker.setI18n(Objects.requireNonNullElseGet(picker.getI18n(), DateTimePicker.DateTimePickerI18n::new)
                .setBadInputErrorMessage(picker.getTranslation("vaadin.dateTimePicker.badInput"))
                .setIncompleteInputErrorMessage(picker.getTranslation("vaadin.dateTimePicker.incomplete")));
        onEveryAttach(picker, CALENDAR_HEADING, headings(locale));
    }

    /** Every text of the upload; a view may then say its own limits (e.g. how large a file may be) over these. */
    public static void apply(Upload upload) {
        var u = upload;
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(u.getTranslation("vaadin.upload.dropOne")).setMany(u.getTranslation("vaadin.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(u.getTranslation("vaadin.upload.addOne")).setMany(u.getTranslation("vaadin.upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(u.getTranslation("vaadin.upload.tooManyFiles"))
                .setFileIsTooBig(u.getTranslation("vaadin.upload.tooBig")).setIncorrectFileType(u.getTranslation("vaadin.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(u.getTranslation("vaadin.upload.connecting"))
                        .setStalled(u.getTranslation("vaadin.upload.stalled")).setProcessing(u.getTranslation("vaadin.upload.processing"))
                        .setHeld(u.getTranslation("vaadin.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(u.getTranslation("vaadin.upload.remaining") + " ")
                        .setUnknown(u.getTranslation("vaadin.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(u.getTranslation("vaadin.upload.serverUnavailable"))
                        .setUnexpectedServerError(u.getTranslation("vaadin.upload.serverError")).setForbidden(u.getTranslation("vaadin.upload.forbidden"))
                        .setFileTooLarge(u.getTranslation("vaadin.upload.tooBig"))));
        i18n.setFile(new UploadI18N.File().setRetry(u.getTranslation("vaadin.upload.retry")).setStart(u.getTranslation("vaadin.upload.start"))
                .setRemove(u.getTranslation("vaadin.upload.remove")));
        i18n.setUnits(List.of(u.getTranslation("vaadin.upload.units").split(",")));
        upload.setI18n(i18n);
    }

    /** What a screen reader hears as people are added to or removed from the selection. */
    public static void apply(MultiSelectComboBox<?> box) {
        box.setI18n(Objects.requireNonNullElseGet(box.getI18n(), MultiSelectComboBoxI18n::new)
                .setCleared(box.getTranslation("vaadin.multiSelect.cleared"))
                .setFocused(box.getTranslation("vaadin.multiSelect.focused"))
                .setSelected(box.getTranslation("vaadin.multiSelect.selected"))
                .setDeselected(box.getTranslation("vaadin.multiSelect.deselected"))
                // Vaadin's placeholder; a MessageFormat "{0}" in the bundles
                .setTotal(box.getTranslation("vaadin.multiSelect.total").replace("{0}", "{count}")));
    }

    public static void apply(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(layout.getTranslation("vaadin.appLayout.drawer")));
    }

    public static void apply(SideNav nav) {
        nav.setI18n(new SideNav.SideNavI18n().setToggle(nav.getTranslation("vaadin.sideNav.toggle")));
    }

    public static void apply(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(menu.getTranslation("vaadin.menuBar.moreOptions")));
    }

    /**
     * Month names in the genitive, as the calendar's day labels need them ("1 вересня 2026"; in English the same),
     * weekdays as a day label and the column heads read them, the week starting where the reader expects it.
     */
    private static DatePicker.DatePickerI18n calendar(Component owner, Locale locale) {
        // Sunday first, as the calendar expects its lists
        var days = new DayOfWeek[] {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(Arrays.stream(days).map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(Arrays.stream(days)
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7)
                .setToday(owner.getTranslation("vaadin.datePicker.today"))
                .setCancel(owner.getTranslation("vaadin.datePicker.cancel"));
    }

    /** The month headings: the name on its own (nominative), capitalised as a heading is: "Вересень". */
    static String headings(Locale locale) {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .map(name -> name.substring(0, 1).toUpperCase(locale) + name.substring(1))
                .collect(Collectors.joining("|"));
    }

    /** The app's languages come without a country ("uk", "ru"): their weeks start on Monday, English on Sunday. */
    private static DayOfWeek firstDayOfWeek(Locale locale) {
        return locale.getCountry().isEmpty() && !"en".equals(locale.getLanguage()) ? DayOfWeek.MONDAY
                : WeekFields.of(locale).getFirstDayOfWeek();
    }

    /** The client forgets what a script did when the element is attached anew (a reopened dialog, a new view). */
    private static void onEveryAttach(Component component, String script, String argument) {
        if (component.isAttached()) {
            component.getElement().executeJs(script, argument);
        }
        component.addAttachListener(e -> component.getElement().executeJs(script, argument));
    }
}
