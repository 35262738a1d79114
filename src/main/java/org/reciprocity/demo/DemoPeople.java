package org.reciprocity.demo;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.security.Role;

/**
 * Who works at the demo company: four locations, eight departments and forty people with their managers. Every
 * one of them has an account with the published {@link #PASSWORD}; the username is the part of their e-mail
 * address before the {@code @}, except for the three of the README (anna, max, olena).
 */
final class DemoPeople {

    /** The password of every demo account, published in the README. */
    static final String PASSWORD = "reciprocity";
    static final String DOMAIN = "@reciprocity.example";

    record Location(String code, String name, String address) {
    }

    record Person(String name, String title, String login, String department, String location,
                  @Nullable String manager) {

        String firstName() {
            return name.split(" ")[0];
        }

        String email() {
            var local = switch (login) {
                case "anna" -> "anna.kovalenko";
                case "max" -> "maksym.shevchenko";
                case "olena" -> "olena.bondarenko";
                default -> login;
            };
            return local + DOMAIN;
        }

        Set<Role> roles() {
            if (login.equals(HR)) {
                return Set.of(Role.HR);
            }
            return MANAGERS.contains(login) ? Set.of(Role.MANAGER) : Set.of(Role.EMPLOYEE);
        }
    }

    static final String HR = "olena";
    static final String MAX = "max";
    static final String ANNA = "anna";
    static final List<String> MANAGERS = List.of("iryna.melnyk", MAX, "taras.hnatiuk", "svitlana.moroz",
            "dmytro.kravchenko", "yurii.savchenko");

    static final List<Location> LOCATIONS = List.of(
            new Location("kyiv-office", "Kyiv — head office", "72 Velyka Vasylkivska St, Kyiv"),
            new Location("kyiv-podil", "Kyiv — Podil store", "4 Kontraktova Square, Kyiv"),
            new Location("lviv-rynok", "Lviv — Rynok Square store", "10 Rynok Square, Lviv"),
            new Location("odesa-arcadia", "Odesa — Arcadia store", "1 Henuezka St, Odesa"));

    static final List<String> DEPARTMENTS = List.of("Management", "People & Culture", "Customer Care",
            "Sales Floor", "Checkout", "Café", "Delivery", "Finance");

    /** Everyone's manager comes before them. */
    static final List<Person> PEOPLE = List.of(
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

    private DemoPeople() {
    }
}
