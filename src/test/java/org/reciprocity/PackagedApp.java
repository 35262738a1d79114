package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar in a child JVM on a data folder, as an operator runs it: with the demo company, on a free
 * loopback port and a free management port (Actuator), its output appended to {@code app.log} in the data folder.
 * Started, then stopped as a service manager stops it (SIGTERM) or killed (SIGKILL).
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target", "reciprocity-0.1.0-SNAPSHOT.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PackagedApp(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Skips the calling test where the jar has not been built (it is, before failsafe runs, in ./mvnw verify). */
    public static void assumePackaged() {
        assumeTrue(Files.isRegularFile(JAR), "No " + JAR + ": this test runs the packaged app (./mvnw verify)");
    }

    /**
     * Starts the jar on {@code dataDir} with these extra {@code --name=value} settings, which may also replace the
     * defaults here (demo data on); returns once it serves "Tell us".
     */
    public static PackagedApp start(Path dataDir, String... settings) throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        var options = new LinkedHashMap<String, String>();
        options.put("--server.address", "127.0.0.1");
        options.put("--server.port", Integer.toString(port));
        options.put("--management.server.port", Integer.toString(managementPort));
        options.put("--reciprocity.data-dir", dataDir.toString());
        options.put("--reciprocity.demo-data", "true");
        for (var setting : settings) { // one value per name: Spring would join a repeated one with a comma
            int equals = setting.indexOf('=');
            options.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toAbsolutePath().toString()));
        options.forEach((name, value) -> command.add(name + "=" + value));
        var log = dataDir.resolve("app.log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var app = new PackagedApp(process, port, managementPort, log);
        app.awaitTellUs();
        return app;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** On the management port: {@code managementUrl("actuator/health/readiness")}. */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + "/" + path;
    }

    /** Waits until the app's log has a line containing {@code text}, and returns that line. */
    public String awaitLogLine(String text, Duration timeout) throws IOException, InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var line = logLine(text);
            if (line.isPresent()) {
                return line.get();
            }
            assertThat(process.isAlive()).as("the app is running; see " + log).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("No line with \"" + text + "\" in " + log + " within " + timeout);
    }

    /** The last line of the app's log containing {@code text}. */
    public Optional<String> logLine(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).reduce((first, last) -> last);
        }
    }

    /** SIGTERM, as a service manager stops it: the app shuts down in order and closes its database. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("the app stopped within " + STOP_TIMEOUT + "; see " + log).isTrue();
    }

    /** SIGKILL: the app ends on the spot, as in a crash or a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitTellUs() throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app started; see " + log).isTrue();
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url("tell"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The app did not start within " + START_TIMEOUT + "; see " + log);
    }

    /** A port free on this machine now, for a server a test starts. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
