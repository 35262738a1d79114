package org.reciprocity.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failure while opening a page: a friendly text and a reference that matches the log line. */
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorNotices.newReference();
        log.error("Failed to open {} [ref {}]", event.getLocation().getPath(), reference, parameter.getException());
        removeAll();
        addClassName("error-page");
        add(new H1(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.home")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
