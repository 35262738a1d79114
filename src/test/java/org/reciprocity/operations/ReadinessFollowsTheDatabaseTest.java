package org.reciprocity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.reciprocity.PackagedApp;

/**
 * What a load balancer sees when the database goes away under a running node: the packaged app on a PostgreSQL
 * server of this test's own (embedded, stopped and started again on the same data folder), its health asked on the
 * management port as an operator's load balancer asks it. Readiness goes DOWN (503) while the database is gone —
 * take the node out of rotation — and liveness stays UP — do not restart it, a restart would not bring the
 * database back; both UP again once the database is. Then a stop as a service manager sends it is graceful.
 */
@Tag("e2e")
class ReadinessFollowsTheDatabaseTest {

    /** Time for a health answer: with the database gone, the pool waits its connection timeout (30 s) to say so. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private @Nullable EmbeddedPostgres postgres;
    private @Nullable PackagedApp app;

    @AfterEach
    void stopAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readinessGoesDownWhileTheDatabaseIsStoppedAndLivenessStaysUp() throws Exception {
        PackagedApp.assumePackaged();
        var data = folder.resolve("postgres");
        int databasePort = PackagedApp.freePort();
        postgres = startPostgres(data, databasePort);
        var appFolder = Files.createDirectories(folder.resolve("app"));
        var app = PackagedApp.start(appFolder,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--reciprocity.demo-data=false");
        this.app = app;
        assertThat(status(app, "readiness")).isEqualTo(200);
        assertThat(status(app, "liveness")).isEqualTo(200);

        postgres.close();
        postgres = null;

        awaitStatus(app, "readiness", 503);
        assertThat(status(app, "liveness")).as("alive without its database").isEqualTo(200);
        assertThat(body(app, "readiness")).contains("\"status\":\"DOWN\"");

        postgres = startPostgres(data, databasePort);

        awaitStatus(app, "readiness", 200);
        assertThat(body(app, "readiness")).contains("\"status\":\"UP\"");
        assertThat(status(app, "liveness")).isEqualTo(200);

        app.stop();
        assertThat(app.logLine("Commencing graceful shutdown")).as("server.shutdown=graceful").isPresent();
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    private void awaitStatus(PackagedApp app, String group, int expected) throws Exception {
        var deadline = System.nanoTime() + CHANGE_TIMEOUT.toNanos();
        int last = status(app, group);
        while (last != expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            last = status(app, group);
        }
        assertThat(last).as(group + " within " + CHANGE_TIMEOUT).isEqualTo(expected);
    }

    private int status(PackagedApp app, String group) throws Exception {
        return health(app, group).statusCode();
    }

    private String body(PackagedApp app, String group) throws Exception {
        return health(app, group).body();
    }

    private HttpResponse<String> health(PackagedApp app, String group) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.managementUrl("actuator/health/" + group)))
                .timeout(ANSWER_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
