package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.reciprocity.reporting.ReportReceipt;
import org.reciprocity.shared.ui.Announcer;
import org.reciprocity.shared.ui.Focus;
import org.reciprocity.shared.ui.Notices;

/**
 * The moment after sending: the receipt code, shown once, and what happens next. The focus moves to the code and a
 * screen reader hears that the report is sent and what its code is; "Check a report" takes the code along to the
 * status page inside this browser tab's page (never in the address, which ends up in histories and logs).
 */
class ReceiptPanel extends Div {

    ReceiptPanel(ReportReceipt receipt, Runnable tellAnother) {
        var code = new Span(receipt.code());
        code.addClassName("reporting-code");
        code.setId("receipt-code");
        code.getElement().setAttribute("tabindex", "-1");
        var copy = new Button(getTranslation("reporting.thanks.copy"), VaadinIcon.COPY.create(), e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    receipt.code());
            Notices.success(getTranslation("reporting.thanks.copied"));
        });
        var keep = new Paragraph(getTranslation("reporting.thanks.keep"));
        keep.addClassName("reporting-keep");
        var codeBox = new Div(new Span(getTranslation("reporting.thanks.code")), code, copy, keep);
        codeBox.addClassName("reporting-receipt");

        var next = new Div(new H2(getTranslation("reporting.thanks.next")),
                new Paragraph(getTranslation("reporting.thanks.acknowledge", receipt.deadlines().acknowledgeDays())),
                new Paragraph(getTranslation("reporting.thanks.answer", receipt.deadlines().answerDays())),
                new Paragraph(getTranslation("reporting.thanks.follow")));
        if (receipt.named()) {
            next.add(new Paragraph(new Anchor("tell/mine", getTranslation("reporting.thanks.named"))));
        }
        var status = new Button(getTranslation("reporting.thanks.status"), VaadinIcon.SEARCH.create(),
                e -> ReportStatusView.openWith(receipt.code()));
        status.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var another = new Button(getTranslation("reporting.thanks.another"), e -> tellAnother.run());
        var actions = new Div(status, another);
        actions.addClassName("view-actions");

        add(new H1(getTranslation("reporting.thanks.title")), codeBox, next, actions);
        Focus.moveTo(code);
        Announcer.say(getTranslation("reporting.thanks.announce", receipt.code()));
    }
}
