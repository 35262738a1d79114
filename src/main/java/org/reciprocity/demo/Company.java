package org.reciprocity.demo;

import java.util.Map;
import java.util.NoSuchElementException;
import org.reciprocity.people.EmployeeDetails;

/** The demo company as the directory knows it after the first step: its people by login, its locations by code. */
record Company(Map<String, EmployeeDetails> people, Map<String, Long> locations) {

    Company {
        people = Map.copyOf(people);
        locations = Map.copyOf(locations);
    }

    EmployeeDetails person(String login) {
        var person = people.get(login);
        if (person == null) {
            throw new NoSuchElementException("No demo person " + login);
        }
        return person;
    }

    long id(String login) {
        return person(login).id();
    }

    long location(String code) {
        var id = locations.get(code);
        if (id == null) {
            throw new NoSuchElementException("No demo location " + code);
        }
        return id;
    }
}
