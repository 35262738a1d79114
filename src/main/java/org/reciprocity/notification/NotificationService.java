package org.reciprocity.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reciprocity.people.Directory;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications and how they want them. Everyone signed in has a bell; a technical
 * account without an employee record (an admin) has nothing in it. Nobody reads or changes another's.
 */
@Service
public class NotificationService {

    /** The longest page the bell asks for at once. */
    public static final int PAGE_MAX = 50;

    private final NotificationStore store;
    private final Preferences preferences;
    private final NotificationTexts texts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MailSwitch mailSwitch;
    private final Directory directory;

    NotificationService(NotificationStore store, Preferences preferences, NotificationTexts texts,
                        CurrentUser currentUser, Clock clock, MailSwitch mailSwitch, Directory directory) {
        this.mailSwitch = mailSwitch;
        this.directory = directory;
        this.store = store;
        this.preferences = preferences;
        this.texts = texts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether this portal sends e-mail at all (a mail server is configured); if not, only the bell tells. */
    @PreAuthorize("isAuthenticated()")
    public boolean emailConfigured() {
        return mailSwitch.on();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return me().map(store::unread).orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return me().map(store::count).orElse(0L);
    }

    /** Newest first, the words in {@code locale}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationLine> newest(int offset, int limit, Locale locale) {
        return me().map(me -> store.newest(me, Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX)).stream()
                .map(line -> line(line, locale)).toList()).orElse(List.of());
    }

    /** Marks one of the signed-in person's notifications read; another's is not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<NotificationLine> open(long id, Locale locale) {
        var me = me();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        store.markRead(me.get(), id, clock.instant());
        return store.find(me.get(), id).map(line -> line(line, locale));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return me().map(me -> store.markAllRead(me, clock.instant())).orElse(0);
    }

    /** The categories that can concern the signed-in person (by their roles), with what they chose for each. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Category, Delivery> preferences() {
        var user = currentUser.require();
        if (user.employeeId() == null) {
            return Map.of();
        }
        var chosen = preferences.of(user.employeeId());
        chosen.keySet().retainAll(categoriesFor(user));
        return chosen;
    }

    /** @throws IllegalArgumentException when the category does not offer that delivery, or does not concern them */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(Category category, Delivery delivery) {
        var user = currentUser.require();
        if (user.employeeId() == null || !categoriesFor(user).contains(category)) {
            throw new IllegalArgumentException(category + " does not concern " + user.username());
        }
        preferences.set(user.employeeId(), category, delivery);
    }

    /** By role; the team's news also for someone the directory names as a manager without the role (HR's lead). */
    private List<Category> categoriesFor(SignedInUser user) {
        var categories = new ArrayList<>(List.of(Category.RECOGNITION, Category.MY_REPORTS));
        var manager = user.hasRole(Role.MANAGER);
        if (manager || user.employeeId() != null && !directory.team(user.employeeId()).isEmpty()) {
            categories.add(Category.TEAM);
        }
        if (manager) {
            categories.addAll(List.of(Category.CHECK_INS, Category.ASSESSMENT));
        }
        if (user.hasRole(Role.HR)) {
            categories.addAll(List.of(Category.NEW_REPORTS, Category.DEADLINES));
        }
        return categories;
    }

    private NotificationLine line(NotificationStore.Line line, Locale locale) {
        return new NotificationLine(line.id(), texts.title(line.kind(), line.subjectId(), line.detail(), locale),
                line.kind().route(line.subjectId()), line.createdAt(), line.read());
    }

    private Optional<Long> me() {
        return currentUser.get().map(SignedInUser::employeeId);
    }
}
