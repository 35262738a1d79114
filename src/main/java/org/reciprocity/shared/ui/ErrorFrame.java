package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
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
    private final @Nullable PublicHeader header;

    ErrorFrame(AccessAnnotationChecker access, CompanySettings company) {
        shell = access.hasAccess(MainLayout.class)
                ? Instantiator.get(UI.getCurrent()).createComponent(MainLayout.class) : null;
        header = shell == null ? new PublicHeader(company.name(), false) : null;
        if (header != null) {
            page.addClassName("error-frame");
            page.add(header);
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
            if (header != null) {
                header.skipTo(content);
            }
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
}
