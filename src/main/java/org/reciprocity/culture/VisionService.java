package org.reciprocity.culture;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.EmployeeSummary;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The service vision and values: everyone reads and acknowledges them; HR and admin write them. */
@Service
@Validated
public class VisionService {

    private final VisionVersionRepository versions;
    private final ValueDefinitionRepository values;
    private final AcknowledgementRepository acknowledgements;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String companyName;

    VisionService(VisionVersionRepository versions, ValueDefinitionRepository values,
                  AcknowledgementRepository acknowledgements, Directory directory, CurrentUser currentUser,
                  Clock clock, CompanySettings company) {
        this.versions = versions;
        this.values = values;
        this.acknowledgements = acknowledgements;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.companyName = company.name();
    }

    /** The current vision, or empty before the first one is published. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Vision> current() {
        return versions.findFirstByOrderByNumberDesc().map(v -> new Vision(v.getNumber(), v.getStatements(),
                v.getPublishedAt(), v.getPublishedBy(), activeValues()));
    }

    /** The values people can name today, in the company's order, each in every language it is written in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ServiceValue> activeValues() {
        return values.findActiveWithTexts().stream().map(VisionService::view).toList();
    }

    /**
     * Values by id, retired ones included, for showing what a past recognition named: one statement for any
     * number of them. Readers pick their language with {@link ServiceValue#in}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ServiceValue> values(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : values.findWithTexts(ids).stream().map(VisionService::view).toList();
    }

    /**
     * Publishes a new version. The default language's vision and each value's default-language name and
     * description are required; a translation is optional, but a value's name and description come together.
     * Two values may not share a name in one language.
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional
    public Vision publish(@Valid PublishVision command) {
        var latest = versions.findFirstByOrderByNumberDesc().map(VisionVersion::getNumber).orElse(0);
        if (latest != command.basedOnVersion()) {
            throw new OptimisticLockingFailureException("The vision was published meanwhile (version " + latest + ")");
        }
        PublishRules.check(command);
        var kept = new HashSet<Long>();
        var existing = values.findWithTexts(command.values().stream().map(ValueDraft::id)
                .filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(ValueDefinition::getId, Function.identity()));
        var position = 0;
        for (var draft : command.values()) {
            position++;
            if (draft.id() != null) {
                var value = existing.get(draft.id());
                if (value == null) {
                    throw new OptimisticLockingFailureException("Value removed meanwhile");
                }
                value.update(draft.wordings(), position);
                kept.add(draft.id());
            } else {
                kept.add(values.save(new ValueDefinition(draft.wordings(), position)).getId());
            }
        }
        values.findActiveWithTexts().stream()
                .filter(v -> !kept.contains(v.getId()))
                .forEach(ValueDefinition::retire);
        var next = latest + 1;
        versions.save(new VisionVersion(next, command.statements(), clock.instant(),
                currentUser.get().map(u -> u.displayName()).orElse(companyName)));
        values.flush();
        return current().orElseThrow();
    }

    /** When the signed-in person acknowledged the current version; empty if they have not (yet). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> myAcknowledgement() {
        var employeeId = currentUser.require().employeeId();
        var version = versions.findFirstByOrderByNumberDesc();
        if (employeeId == null || version.isEmpty()) {
            return Optional.empty();
        }
        return acknowledgements.findById(new Acknowledgement.Key(employeeId, version.get().getNumber()))
                .map(Acknowledgement::getAcknowledgedAt);
    }

    /**
     * The signed-in employee has read {@code version}. Refused if a newer one was published meanwhile, so that
     * nobody acknowledges a text they have not seen. Acknowledging twice changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant acknowledge(int version) {
        var employeeId = currentUser.require().employeeId();
        if (employeeId == null) {
            throw new CultureException("acknowledge", "vision.ack.notEmployee");
        }
        var latest = versions.findFirstByOrderByNumberDesc().map(VisionVersion::getNumber).orElse(0);
        if (latest != version) {
            throw new OptimisticLockingFailureException("A newer vision was published");
        }
        var key = new Acknowledgement.Key(employeeId, version);
        return acknowledgements.findById(key)
                .orElseGet(() -> acknowledgements.save(new Acknowledgement(employeeId, version, clock.instant())))
                .getAcknowledgedAt();
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public AcknowledgementProgress progress() {
        var version = versions.findFirstByOrderByNumberDesc().map(VisionVersion::getNumber).orElse(0);
        return new AcknowledgementProgress(version, acknowledgements.countByKeyVersionNumber(version),
                directory.count(EmployeeFilter.ALL));
    }

    /** Employees who have not acknowledged the current version, by name. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EmployeeSummary> notAcknowledged(Pageable pageable) {
        return directory.searchExcluding(acknowledgedCurrent(), pageable);
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countNotAcknowledged() {
        return directory.countExcluding(acknowledgedCurrent());
    }

    private java.util.Set<Long> acknowledgedCurrent() {
        var version = versions.findFirstByOrderByNumberDesc().map(VisionVersion::getNumber).orElse(0);
        return acknowledgements.employeesWhoAcknowledged(version);
    }

    private static ServiceValue view(ValueDefinition v) {
        return new ServiceValue(v.getId(), v.getTexts());
    }
}
