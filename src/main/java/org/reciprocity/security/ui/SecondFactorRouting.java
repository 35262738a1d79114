package org.reciprocity.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * While a browser session is half-way through signing in, every page it opens is the second-factor page: the
 * public ones and the sign-in page too, so that the only way on is the code (or "cancel", which ends the session).
 * The views that need a role are refused anyway, since nobody is signed in yet.
 */
@Component
class SecondFactorRouting implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SecondFactorView.class
                    && SecondFactorView.pending().isPresent()) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
