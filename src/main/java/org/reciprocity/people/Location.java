package org.reciprocity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "location")
class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String code = "";

    @Column(nullable = false, unique = true)
    private String name = "";

    private @Nullable String address;

    protected Location() {
    }

    Location(String code, String name, @Nullable String address) {
        update(code, name, address);
    }

    void update(String code, String name, @Nullable String address) {
        this.code = code;
        this.name = name;
        this.address = address;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    @Nullable String getAddress() {
        return address;
    }
}
