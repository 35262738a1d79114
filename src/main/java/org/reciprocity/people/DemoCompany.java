package org.reciprocity.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.NewAccount;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company, so that a new user sees a living portal at once: four locations, eight departments,
 * forty people with their managers, and accounts for the demo users. Only with {@code reciprocity.demo-data},
 * and only into an empty directory.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("reciprocity.demo-data")
class DemoCompany implements ApplicationRunner {

    static final String DEMO_PASSWORD = "reciprocity";
    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);
    private static final String DOMAIN = "@reciprocity.example";

    private record Person(String name, String title, String login, String department, String location,
                          @Nullable String manager) {
    }

    private static final List<String[]> LOCATIONS = List.of(
            new String[]{"kyiv-office", "Kyiv — head office", "72 Velyka Vasylkivska St, Kyiv"},
            new String[]{"kyiv-podil", "Kyiv — Podil store", "4 Kontraktova Square, Kyiv"},
            new String[]{"lviv-rynok", "Lviv — Rynok Square store", "10 Rynok Square, Lviv"},
            new String[]{"odesa-arcadia", "Odesa — Arcadia store", "1 Henuezka St, Odesa"});

    private static final List<String> DEPARTMENTS = List.of("Management", "People & Culture", "Customer Care",
            "Sales Floor", "Checkout", "Café", "Delivery", "Finance");

    private static final List<Person> PEOPLE = List.of(
            new Person("Iryna Melnyk", "Managing director", "iryna.melnyk", "Management", "kyiv-office", null),
            new Person("Olena Bondarenko", "HR business partner", "olena", "People & Culture", "kyiv-office", "iryna.melnyk"),
            new Person("Maksym Shevchenko", "Store manager", "max", "Management", "kyiv-podil", "iryna.melnyk"),
            new Person("Taras Hnatiuk", "Store manager", "taras.hnatiuk", "Management", "lviv-rynok", "iryna.melnyk"),
            new Person("Svitlana Moroz", "Store manager", "svitlana.moroz", "Management", "odesa-arcadia", "iryna.melnyk"),
            new Person("Dmytro Kravchenko", "Head of customer care", "dmytro.kravchenko", "Customer Care", "kyiv-office", "iryna.melnyk"),
            new Person("Oksana Lysenko", "HR specialist", "oksana.lysenko", "People & Culture", "kyiv-office", "olena"),
            new Person("Yurii Savchenko", "Finance manager", "yurii.savchenko", "Finance", "kyiv-office", "iryna.melnyk"),
            new Person("Anna Kovalenko", "Sales consultant", "anna", "Sales Floor", "kyiv-podil", "max"),
            new Person("Bohdan Tkachenko", "Sales consultant", "bohdan.tkachenko", "Sales Floor", "kyiv-podil", "max"),
            new Person("Kateryna Oliinyk", "Senior sales consultant", "kateryna.oliinyk", "Sales Floor", "kyiv-podil", "max"),
            new Person("Andrii Polishchuk", "Cashier", "andrii.polishchuk", "Checkout", "kyiv-podil", "max"),
            new Person("Mariia Rudenko", "Cashier", "mariia.rudenko", "Checkout", "kyiv-podil", "max"),
            new Person("Serhii Marchenko", "Barista", "serhii.marchenko", "Café", "kyiv-podil", "max"),
            new Person("Natalia Kuzmenko", "Barista", "natalia.kuzmenko", "Café", "kyiv-podil", "max"),
            new Person("Viktor Pavlenko", "Courier", "viktor.pavlenko", "Delivery", "kyiv-podil", "max"),
            new Person("Sofiia Havryliuk", "Sales consultant", "sofiia.havryliuk", "Sales Floor", "lviv-rynok", "taras.hnatiuk"),
            new Person("Roman Kostenko", "Sales consultant", "roman.kostenko", "Sales Floor", "lviv-rynok", "taras.hnatiuk"),
            new Person("Khrystyna Fedyk", "Senior sales consultant", "khrystyna.fedyk", "Sales Floor", "lviv-rynok", "taras.hnatiuk"),
            new Person("Ostap Vovk", "Cashier", "ostap.vovk", "Checkout", "lviv-rynok", "taras.hnatiuk"),
            new Person("Ulyana Hrytsenko", "Cashier", "ulyana.hrytsenko", "Checkout", "lviv-rynok", "taras.hnatiuk"),
            new Person("Marta Dmytruk", "Barista", "marta.dmytruk", "Café", "lviv-rynok", "taras.hnatiuk"),
            new Person("Ivan Boiko", "Courier", "ivan.boiko", "Delivery", "lviv-rynok", "taras.hnatiuk"),
            new Person("Yaroslav Levchenko", "Sales consultant", "yaroslav.levchenko", "Sales Floor", "odesa-arcadia", "svitlana.moroz"),
            new Person("Alina Zaitseva", "Sales consultant", "alina.zaitseva", "Sales Floor", "odesa-arcadia", "svitlana.moroz"),
            new Person("Hennadii Orlov", "Senior sales consultant", "hennadii.orlov", "Sales Floor", "odesa-arcadia", "svitlana.moroz"),
            new Person("Daryna Sydorenko", "Cashier", "daryna.sydorenko", "Checkout", "odesa-arcadia", "svitlana.moroz"),
            new Person("Pavlo Klymenko", "Cashier", "pavlo.klymenko", "Checkout", "odesa-arcadia", "svitlana.moroz"),
            new Person("Valeriia Karpenko", "Barista", "valeriia.karpenko", "Café", "odesa-arcadia", "svitlana.moroz"),
            new Person("Oleh Yatsenko", "Courier", "oleh.yatsenko", "Delivery", "odesa-arcadia", "svitlana.moroz"),
            new Person("Liudmyla Ponomarenko", "Customer care specialist", "liudmyla.ponomarenko", "Customer Care", "kyiv-office", "dmytro.kravchenko"),
            new Person("Artem Ishchenko", "Customer care specialist", "artem.ishchenko", "Customer Care", "kyiv-office", "dmytro.kravchenko"),
            new Person("Tetiana Mazur", "Customer care specialist", "tetiana.mazur", "Customer Care", "kyiv-office", "dmytro.kravchenko"),
            new Person("Mykola Honchar", "Delivery coordinator", "mykola.honchar", "Delivery", "kyiv-office", "dmytro.kravchenko"),
            new Person("Iryna Prykhodko", "Accountant", "iryna.prykhodko", "Finance", "kyiv-office", "yurii.savchenko"),
            new Person("Vasyl Shapoval", "Accountant", "vasyl.shapoval", "Finance", "kyiv-office", "yurii.savchenko"),
            new Person("Halyna Tymoshenko", "Recruiter", "halyna.tymoshenko", "People & Culture", "kyiv-office", "olena"),
            new Person("Denys Fedorenko", "Visual merchandiser", "denys.fedorenko", "Sales Floor", "kyiv-podil", "max"),
            new Person("Zlata Romaniuk", "Sales consultant", "zlata.romaniuk", "Sales Floor", "kyiv-podil", "max"),
            new Person("Yevhen Bilyk", "Night-shift cashier", "yevhen.bilyk", "Checkout", "kyiv-podil", "max"));

    /** The people who get an account in the demo: the four of the README and the other managers. */
    private static final Map<String, Set<Role>> ACCOUNTS = Map.of(
            "anna", Set.of(Role.EMPLOYEE),
            "max", Set.of(Role.MANAGER),
            "olena", Set.of(Role.HR),
            "iryna.melnyk", Set.of(Role.MANAGER),
            "taras.hnatiuk", Set.of(Role.MANAGER),
            "svitlana.moroz", Set.of(Role.MANAGER),
            "dmytro.kravchenko", Set.of(Role.MANAGER),
            "yurii.savchenko", Set.of(Role.MANAGER));

    private final Directory directory;
    private final EmployeeRepository employees;
    private final AccountService accounts;

    DemoCompany(Directory directory, EmployeeRepository employees, AccountService accounts) {
        this.directory = directory;
        this.employees = employees;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (employees.count() > 0) {
            return;
        }
        SystemAccess.runAs(this::seed, Role.ADMIN, Role.HR);
        log.info("Demo company created: {} people in {} locations", PEOPLE.size(), LOCATIONS.size());
    }

    private void seed() {
        var locationIds = new HashMap<String, Long>();
        for (var l : LOCATIONS) {
            locationIds.put(l[0], directory.save(new LocationForm(null, 0, l[0], l[1], l[2])).id());
        }
        var departmentIds = new HashMap<String, Long>();
        for (var d : DEPARTMENTS) {
            departmentIds.put(d, directory.save(new DepartmentForm(null, 0, d)).id());
        }
        var ids = new HashMap<String, Long>();
        for (var p : PEOPLE) {
            var email = email(p);
            var managerId = p.manager() == null ? null : ids.get(p.manager());
            var saved = directory.save(new EmployeeForm(null, 0, p.name(), p.title(), email,
                    departmentIds.get(p.department()), locationIds.get(p.location()), managerId));
            ids.put(p.login(), saved.id());
        }
        ACCOUNTS.forEach((login, roles) ->
                accounts.open(new NewAccount(login, DEMO_PASSWORD, roles, ids.get(login))));
        accounts.open(new NewAccount("admin", DEMO_PASSWORD, Set.of(Role.ADMIN), null));
    }

    private static String email(Person p) {
        var local = switch (p.login()) {
            case "anna" -> "anna.kovalenko";
            case "max" -> "maksym.shevchenko";
            case "olena" -> "olena.bondarenko";
            default -> p.login();
        };
        return local + DOMAIN;
    }
}
