package org.reciprocity.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reciprocity.security.SingleSignOn;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.LanguageSwitch;

/**
 * The sign-in page, in the browser's language, with a switch for another; with "Sign in with …" when single sign-on
 * is configured, and the reason when a sign-in through it was refused.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_WAIT_SHOWN = 3600;
    final LoginForm form = new LoginForm();
    private final Paragraph refusal = new Paragraph();
    private final Optional<String> provider;

    LoginView(CompanySettings company, SingleSignOn singleSignOn) {
        provider = singleSignOn.providerName();
        addClassName("login-page");
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new H1(company.name()));
        brand.addClassName("login-brand");
        var lead = new Paragraph(getTranslation("login.lead"));
        lead.addClassName("login-lead");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        var help = new Paragraph(getTranslation("login.help"));
        help.addClassName("login-help");

        refusal.addClassName("login-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        var card = new Div(brand, lead, refusal, form);
        provider.ifPresent(name -> card.add(orDivider(), singleSignOnButton(name)));
        card.add(help, new LanguageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    private Div orDivider() {
        var or = new Div(new Span(getTranslation("login.sso.or")));
        or.addClassName("login-or");
        return or;
    }

    /** A plain link, so the browser leaves the UI for the provider (Spring Security takes it from there). */
    private Anchor singleSignOnButton(String name) {
        var button = new Anchor(SingleSignOn.START, getTranslation("login.sso.button", name));
        button.setRouterIgnore(true);
        button.addClassName("login-sso");
        return button;
    }

    /** The form's texts; with {@code waitSeconds}, its error says how long to wait instead of what to check. */
    private LoginI18n i18n(@Nullable Integer waitSeconds) {
        var i18n = LoginI18n.createDefault();
        var f = new LoginI18n.Form();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword("");
        i18n.setForm(f);
        var error = new LoginI18n.ErrorMessage();
        if (waitSeconds == null) {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        } else {
            error.setTitle(getTranslation("login.wait.title"));
            error.setMessage(getTranslation("login.wait.message", waitSeconds));
        }
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var parameters = query.getParameters();
        var waitSeconds = query.getSingleParameter("wait").map(LoginView::seconds).orElse(null);
        form.setI18n(i18n(waitSeconds));
        form.setError(waitSeconds != null || parameters.containsKey("error"));
        var refused = parameters.getOrDefault(SingleSignOn.REFUSED_PARAMETER, List.of()).stream().findFirst()
                .flatMap(SingleSignOn.Refusal::ofCode);
        var message = provider.flatMap(name -> refused.map(r -> getTranslation(r.translationKey(), name)));
        refusal.setText(message.orElse(""));
        refusal.setVisible(message.isPresent());
    }

    /** What {@code ?wait=} says, within what the throttle can ask (a hand-made link shows nothing odd). */
    private static @Nullable Integer seconds(String text) {
        try {
            var seconds = Integer.parseInt(text);
            return seconds >= 1 && seconds <= MAX_WAIT_SHOWN ? seconds : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
