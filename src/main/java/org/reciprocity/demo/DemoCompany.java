package org.reciprocity.demo;

import java.util.HashMap;
import org.reciprocity.people.DepartmentForm;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeForm;
import org.reciprocity.people.LocationForm;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.InitialAdmin;
import org.reciprocity.security.NewAccount;
import org.reciprocity.security.SignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step one: the administrator, signed in as {@code admin}, builds the directory — locations, departments, the
 * forty people with their managers — and opens an account for each of them, as they would in the admin views
 * (a few at a time: each account costs a password hash).
 */
@Component
class DemoCompany {

    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);

    private final Directory directory;
    private final AccountService accounts;

    DemoCompany(Directory directory, AccountService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    Company build(SignIn signIn) {
        try (var cast = new Cast(signIn)) {
            var company = cast.call(InitialAdmin.USERNAME, this::directory);
            cast.asForEach(InitialAdmin.USERNAME, DemoPeople.PEOPLE, p -> accounts.open(
                    new NewAccount(p.login(), DemoPeople.PASSWORD, p.roles(), company.id(p.login()))));
            log.info("Demo company: {} people in {} locations, each with an account", company.people().size(),
                    company.locations().size());
            return company;
        }
    }

    private Company directory() {
        var locations = new HashMap<String, Long>();
        for (var l : DemoPeople.LOCATIONS) {
            locations.put(l.code(), directory.save(new LocationForm(null, 0, l.code(), l.name(), l.address())).id());
        }
        var departments = new HashMap<String, Long>();
        for (var d : DemoPeople.DEPARTMENTS) {
            departments.put(d, directory.save(new DepartmentForm(null, 0, d)).id());
        }
        var people = new HashMap<String, EmployeeDetails>();
        for (var p : DemoPeople.PEOPLE) {
            var manager = p.manager() == null ? null : people.get(p.manager()).id();
            people.put(p.login(), directory.save(new EmployeeForm(null, 0, p.name(), p.title(), p.email(),
                    departments.get(p.department()), locations.get(p.location()), manager)));
        }
        return new Company(people, locations);
    }
}
