package org.reciprocity.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reciprocity.shared.Languages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Vaadin's own texts speak the reader's language, in the right grammatical case, and the page says which language it
 * is in; both follow a switch of the language without a reload. (In the browser: {@code SignInE2ETest}.)
 */
@SpringBootTest
@WithAnonymousUser
class VaadinTextsTest extends SpringBrowserlessTest {

    private static DateTimePicker calendarIn(Locale locale) {
        UI.getCurrent().setLocale(locale);
        var picker = new DateTimePicker();
        VaadinTexts.apply(picker);
        return picker;
    }

    @Test
    void aCalendarSaysTheDayInTheGenitiveAndHeadsTheMonthInTheNominative() {
        var uk = calendarIn(Languages.UKRAINIAN).getDatePickerI18n();
        // the calendar labels a day "<day> <month name> <year>, <weekday>": "1 вересня 2026, вівторок"
        assertThat(uk.getMonthNames().get(8)).isEqualTo("вересня");
        assertThat(uk.getWeekdays().get(2)).isEqualTo("вівторок");
        assertThat(VaadinTexts.headings(Languages.UKRAINIAN).split("\\|")[8]).isEqualTo("Вересень");
        assertThat(uk.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(List.of(uk.getToday(), uk.getCancel())).containsExactly("Сьогодні", "Скасувати");

        var ru = calendarIn(Languages.RUSSIAN);
        assertThat(ru.getDatePickerI18n().getMonthNames().get(8)).isEqualTo("сентября");
        assertThat(VaadinTexts.headings(Languages.RUSSIAN).split("\\|")[8]).isEqualTo("Сентябрь");
        assertThat(ru.getI18n().getIncompleteInputErrorMessage()).isEqualTo("Введите и дату, и время.");

        var en = calendarIn(Languages.ENGLISH).getDatePickerI18n();
        assertThat(en.getMonthNames().get(8)).isEqualTo("September");
        assertThat(en.getFirstDayOfWeek()).as("Sunday").isZero();
    }

    @Test
    void anUploadSaysEverythingInTheReadersLanguage() {
        UI.getCurrent().setLocale(Languages.UKRAINIAN);
        var upload = new Upload();
        VaadinTexts.apply(upload);
        var i18n = upload.getI18n();
        assertThat(i18n.getFile().getRemove()).isEqualTo("Вилучити");
        assertThat(i18n.getUploading().getStatus().getHeld()).isEqualTo("У черзі");
        assertThat(i18n.getUnits().getSize()).startsWith("Б", "КБ", "МБ");
    }

    @Test
    void thePageSaysItsLanguageAndTheConnectionIndicatorFollowsASwitch() {
        var ui = UI.getCurrent();
        ui.setLocale(Languages.RUSSIAN);
        runPendingSignalsTasks();
        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Связь потеряна, восстанавливаем…");
        assertThat(pendingScripts(ui)).anySatisfy(script -> assertThat(script)
                .contains("document.documentElement.lang").endsWith("[ru, ltr]"));

        ui.setLocale(Languages.UKRAINIAN);
        runPendingSignalsTasks();
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("Зв’язок утрачено");
        assertThat(pendingScripts(ui)).anySatisfy(script -> assertThat(script)
                .contains("document.documentElement.lang").endsWith("[uk, ltr]"));
    }

    /** What the next response tells the browser to run, each with its arguments (taken, as the response would). */
    private static List<String> pendingScripts(UI ui) {
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(p -> p.getInvocation().getExpression() + " " + p.getInvocation().getParameters())
                .toList();
    }

    @Test
    void vaadinsOwnMessagesOutsideAnyViewSpeakThePagesLanguage() {
        var service = com.vaadin.flow.server.VaadinService.getCurrent();
        var uk = service.getSystemMessages(Languages.UKRAINIAN, null);
        assertThat(uk.getCookiesDisabledCaption()).isEqualTo("Файли cookie вимкнено");
        assertThat(service.getSystemMessages(Languages.RUSSIAN, null).getInternalErrorCaption())
                .isEqualTo("Что-то пошло не так");
        assertThat(service.getSystemMessages(Languages.ENGLISH, null).getCookiesDisabledCaption())
                .isEqualTo("Cookies are switched off");
        assertThat(uk.isSessionExpiredNotificationEnabled()).as("an ended session starts over with the draft back")
                .isFalse();
    }
}
