package org.reciprocity.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Optional;
import org.reciprocity.review.CheckIns;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.shared.ui.HomeNotice;
import org.reciprocity.shared.ui.NavigationCount;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What review adds to the shell: the count of reports waiting for acknowledgement, and managers' check-ins. */
@Configuration(proxyBeanMethods = false)
class ReviewShellExtensions {

    @Bean
    NavigationCount reviewWaiting(ReviewQueue review) {
        return new NavigationCount() {
            @Override
            public String path() {
                return "review";
            }

            @Override
            public long count() {
                return review.countWaiting();
            }
        };
    }

    @Bean
    NavigationCount checkInsOpen(CheckIns checkIns) {
        return new NavigationCount() {
            @Override
            public String path() {
                return "check-ins";
            }

            @Override
            public long count() {
                return checkIns.countMyOpen();
            }
        };
    }

    @Bean
    HomeNotice checkInNotice(CheckIns checkIns, CurrentUser currentUser, I18NProvider i18n) {
        return () -> {
            var manager = currentUser.get().filter(u -> u.hasRole(Role.MANAGER) && u.employeeId() != null);
            if (manager.isEmpty()) {
                return Optional.empty();
            }
            var open = checkIns.countMyOpen();
            if (open == 0) {
                return Optional.empty();
            }
            var ui = UI.getCurrent();
            var locale = ui == null ? Locale.ENGLISH : ui.getLocale();
            return Optional.of(new HomeNotice.Notice(i18n.getTranslation("review.notice.checkIns", locale, open),
                    i18n.getTranslation("review.notice.checkIns.action", locale), "check-ins"));
        };
    }
}
