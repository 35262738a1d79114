package org.reciprocity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "full_name", nullable = false)
    private String fullName = "";

    /** The name in {@link PersonSearchKey}'s form, so that searches match it in any script; follows the name. */
    @Column(name = "search_key", nullable = false, length = PersonSearchKey.MAX_LENGTH)
    private String searchKey = "";

    @Column(name = "job_title", nullable = false)
    private String jobTitle = "";

    @Column(nullable = false, unique = true)
    private String email = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private @Nullable Employee manager;

    @SuppressWarnings("NullAway.Init")
    protected Employee() {
    }

    Employee(String fullName, String jobTitle, String email, Department department, Location location,
             @Nullable Employee manager) {
        this.department = department;
        this.location = location;
        update(fullName, jobTitle, email, department, location, manager);
    }

    void update(String fullName, String jobTitle, String email, Department department, Location location,
                @Nullable Employee manager) {
        this.fullName = fullName;
        this.searchKey = PersonSearchKey.of(fullName);
        this.jobTitle = jobTitle;
        this.email = email;
        this.department = department;
        this.location = location;
        this.manager = manager;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getFullName() {
        return fullName;
    }

    String getJobTitle() {
        return jobTitle;
    }

    String getEmail() {
        return email;
    }

    Department getDepartment() {
        return department;
    }

    Location getLocation() {
        return location;
    }

    @Nullable Employee getManager() {
        return manager;
    }

    void setManager(@Nullable Employee manager) {
        this.manager = manager;
    }
}
