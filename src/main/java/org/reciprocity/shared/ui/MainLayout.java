package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.Languages;
import org.reciprocity.shared.ShellUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The shell around every signed-in view: the app name, navigation filtered to what the user may open, and the
 * user menu with language and sign-out. Menu titles are translation keys ({@code @Menu(title = "nav.…")}).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private final Anchor skipLink = SkipLink.create(getTranslation("shell.skip"));

    private final List<NavigationCount> counts;

    MainLayout(ShellUser user, CompanySettings company, List<NavigationCount> counts, List<NavbarItem> items) {
        this.counts = counts;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        VaadinTexts.apply(this);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        var spacer = new Div();
        spacer.addClassName("shell-spacer");
        // no title here: each view's own heading names the page, and a second one said it twice on a phone.
        // The bar is the page's banner and the drawer a landmark of its own, so that a screen reader's list of
        // landmarks reaches everything and nothing stands outside one (axe: region)
        var bar = new Header(skipLink, toggle, spacer);
        bar.addClassName("shell-bar");
        items.forEach(item -> bar.add(item.create()));
        bar.add(userMenu(user));
        addToNavbar(bar);

        var brand = new Div(VaadinIcon.HANDSHAKE.create(), new Span(company.name()));
        brand.addClassName("shell-brand");
        nav.setLabel(getTranslation("shell.nav.label"));
        VaadinTexts.apply(nav);
        var drawer = new Aside(brand, new Scroller(nav));
        drawer.addClassName("shell-drawer");
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Rebuilt on each navigation: entries depend on the user's roles and the language.
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
    }

    /** The view becomes the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        SkipLink.target(skipLink, content.getElement());
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        counts.stream().filter(c -> withoutSlash(entry.path()).equals(withoutSlash(c.path()))).findFirst().ifPresent(c -> {
            var count = safeCount(c);
            if (count > 0) {
                var badge = new Span(Long.toString(count));
                badge.addClassName("badge");
                badge.getElement().setAttribute("theme", "badge pill small contrast");
                item.setSuffixComponent(badge);
            }
        });
        return item;
    }

    private static String withoutSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static long safeCount(NavigationCount count) {
        try {
            return count.count();
        } catch (AccessDeniedException e) {
            return 0; // the entry is not shown to this user anyway
        }
    }

    private Component userMenu(ShellUser user) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        VaadinTexts.apply(menu);
        var avatar = new Avatar(user.displayName());
        avatar.addClassName("shell-avatar");
        var name = new Span(user.displayName());
        name.addClassName("shell-user-name");
        var holder = new Div(avatar, name);
        holder.addClassName("shell-user");
        var root = menu.addItem(holder);
        root.setAriaLabel(getTranslation("shell.user.menu"));
        var sub = root.getSubMenu();
        var language = sub.addItem(getTranslation("shell.user.language"));
        for (var locale : Languages.SUPPORTED) {
            var option = language.getSubMenu().addItem(Languages.nativeName(locale), e -> {
                user.rememberLanguage(locale);
                LanguageSwitch.apply(locale);
            });
            option.setCheckable(true);
            option.setChecked(locale.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("shell.user.signOut"), e -> {
            FormDraft.forgetAll();
            user.signOut();
        });
        return menu;
    }
}
