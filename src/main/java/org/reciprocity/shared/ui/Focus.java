package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Moves the keyboard focus, and the view with it, to a part of the page: a field's own input, the first option of a
 * radio or checkbox group (which Vaadin cannot focus as a whole), or the element itself when it takes focus (text
 * given {@code tabindex="-1"}, such as a receipt code). The view centres it, so that no sticky header hides it.
 */
public final class Focus {

    static final String SCRIPT = "const host = this;"
            + "const target = host.matches('input, textarea, [tabindex]') ? host"
            + " : host.querySelector('input:not([type=hidden]):not([disabled]), textarea') || host;"
            + "host.scrollIntoView({block: 'center'});"
            + "target.focus({preventScroll: true});";

    /** Components in the order the page shows them (document order), for "the first one". */
    static final Comparator<Component> PAGE_ORDER = (a, b) -> {
        var first = path(a.getElement());
        var second = path(b.getElement());
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            var byIndex = Integer.compare(first.get(i), second.get(i));
            if (byIndex != 0) {
                return byIndex;
            }
        }
        return Integer.compare(first.size(), second.size());
    };

    private Focus() {
    }

    public static void moveTo(Component component) {
        component.getElement().executeJs(SCRIPT);
    }

    /** Focuses whichever of {@code components} comes first on the page; nothing when there are none. */
    public static void moveToFirst(Collection<? extends Component> components) {
        components.stream().min(PAGE_ORDER).ifPresent(Focus::moveTo);
    }

    /** The element's position among its ancestors' children, from the root down. */
    private static List<Integer> path(Element element) {
        var indexes = new ArrayList<Integer>();
        for (var current = element; current.getParent() != null; current = current.getParent()) {
            indexes.addFirst(current.getParent().indexOfChild(current));
        }
        return indexes;
    }
}
