package org.reciprocity.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.LanguageSwitch;

/** The sign-in page, in the browser's language, with a switch for another. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(CompanySettings company) {
        addClassName("login-page");
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new H1(company.name()));
        brand.addClassName("login-brand");
        var lead = new Paragraph(getTranslation("login.lead"));
        lead.addClassName("login-lead");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        var help = new Paragraph(getTranslation("login.help"));
        help.addClassName("login-help");

        var card = new Div(brand, lead, form, help, new LanguageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var f = new LoginI18n.Form();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword("");
        i18n.setForm(f);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
