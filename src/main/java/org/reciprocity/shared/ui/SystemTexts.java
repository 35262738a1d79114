package org.reciprocity.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The messages Vaadin itself shows outside any view — cookies switched off, an internal error — in the page's
 * language rather than Vaadin's English. Which of them is shown stays Vaadin's default: an ended session shows no
 * message, it starts the page over, and what was typed comes back ({@link FormDraft}).
 */
@Component
class SystemTexts implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    SystemTexts(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    }

    CustomizedSystemMessages messages(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setCookiesDisabledCaption(text("system.cookies.caption", locale));
        messages.setCookiesDisabledMessage(text("system.cookies.message", locale));
        messages.setInternalErrorCaption(text("system.error.caption", locale));
        messages.setInternalErrorMessage(text("system.error.message", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
