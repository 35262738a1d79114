package org.reciprocity.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50) // a page of the accounts grid loads its roles in one query, not one per account
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "employee_id", unique = true)
    private @Nullable Long employeeId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "language")
    private @Nullable String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
        this.username = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    Account(String username, String passwordHash, Set<Role> roles, @Nullable Long employeeId, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.employeeId = employeeId;
        this.createdAt = createdAt;
        setRoles(roles);
    }

    /** Managers and HR people are employees too; the role set says so explicitly. */
    static Set<Role> normalised(Set<Role> roles) {
        var result = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (result.contains(Role.MANAGER) || result.contains(Role.HR)) {
            result.add(Role.EMPLOYEE);
        }
        return result;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(normalised(roles));
    }

    @Nullable Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Nullable String getLanguage() {
        return language;
    }

    void setLanguage(@Nullable String language) {
        this.language = language;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
