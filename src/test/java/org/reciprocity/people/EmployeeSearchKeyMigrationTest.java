package org.reciprocity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Employees already in the directory before V21 get the search key of their names, whatever the script. */
class EmployeeSearchKeyMigrationTest {

    @Test
    void existingEmployeesGetTheKeyOfTheirNames() {
        var data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:search-key-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(data);
        flyway(data).target("17").load().migrate();
        jdbc.update("insert into department (id, name) values (1, 'Checkout')");
        jdbc.update("insert into location (id, code, name) values (1, 'kyiv-podil', 'Kyiv — Podil store')");
        jdbc.update("insert into employee (id, full_name, job_title, email, department_id, location_id) values "
                + "(1, 'Анна Коваленко', 'Cashier', 'a@example.org', 1, 1), "
                + "(2, 'Maksym Shevchenko', 'Manager', 'm@example.org', 1, 1)");

        flyway(data).load().migrate();

        assertThat(jdbc.queryForList("select search_key from employee order by id", String.class))
                .containsExactly("ana kovalenko", "maksim sevcenko");
        assertThat(jdbc.queryForObject("select count(*) from employee where search_key like '%kovalenko%'",
                Integer.class)).isEqualTo(1);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource data) {
        return Flyway.configure().dataSource(data).locations("classpath:db/migration")
                .javaMigrations(new EmployeeSearchKeyMigration());
    }
}
