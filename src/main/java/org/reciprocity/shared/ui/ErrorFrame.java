package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CompanySettings;

/**
 * Where an error page stands: inside the shell for someone signed in, so that a mistyped address keeps the navigation
 * at hand; on its own under the public pages' header (the company, the way in, the language) for a visitor. Vaadin
 * gives an error view a fixed parent layout, so this one decides per page, by the rule that guards the shell itself.
 */
final class ErrorFrame extends Composite<Component> implements RouterLayout {

    private final @Nullable MainLayout shell;
    private final Div page = new Div();

    ErrorFrame(AccessAnnotationChecker access, CompanySettings company) {
        shell = access.hasAccess(MainLayout.class)
                ? Instantiator.get(UI.getCurrent()).createComponent(MainLayout.class) : null;
        if (shell == null) {
            page.addClassName("error-frame");
            page.add(header(company.name()));
        }
    }

    @Override
    protected Component initContent() {
        return shell != null ? shell : page;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (shell != null) {
            shell.showRouterLayoutContent(content);
        } else {
            page.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(@Nullable HasElement oldContent) {
        if (shell != null) {
            shell.removeRouterLayoutContent(oldContent);
        } else if (oldContent != null) {
            oldContent.getElement().removeFromParent();
        }
    }

    /** As on the other public pages: whose portal this is, the way in, the language. */
    private Header header(String companyName) {
        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new Span(companyName));
        brand.addClassName("reporting-brand");
        var links = new Nav(new Anchor("login", getTranslation("reporting.header.signIn")));
        links.addClassName("reporting-links");
        links.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        var header = new Header(brand, links, new LanguageSwitch());
        header.addClassName("reporting-header");
        return header;
    }
}
