package org.reciprocity.operations;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.reciprocity.PackagedApp;

/**
 * Debian's nginx in front of two nodes, configured by {@code docs/nginx/reciprocity.conf} itself (its example ports
 * replaced by the nodes' and a free loopback port for nginx), in a folder of its own. Skips the calling test where
 * nginx is not installed.
 */
final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Path EXAMPLE = Path.of("docs", "nginx", "reciprocity.conf");

    private final Process process;
    private final int port;
    private final Path folder;

    private Nginx(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    static Nginx start(Path folder, int nodeA, int nodeB) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BINARY), "No " + BINARY + ": the two nodes behind nginx are not tried "
                + "(Debian: apt-get install nginx-light)");
        Files.createDirectories(folder.resolve("logs"));
        var port = PackagedApp.freePort();
        var site = Files.readString(EXAMPLE)
                .replace("127.0.0.1:8081", "127.0.0.1:" + nodeA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + nodeB)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        Files.writeString(folder.resolve("reciprocity.conf"), site);
        Files.writeString(folder.resolve("nginx.conf"), """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/reciprocity.conf;
                }
                """.formatted(folder.toAbsolutePath()));
        var process = new ProcessBuilder(BINARY.toString(), "-p", folder.toAbsolutePath().toString(),
                "-e", folder.resolve("logs/error.log").toAbsolutePath().toString(),
                "-c", folder.resolve("nginx.conf").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("logs/output.log").toFile())
                .start();
        var nginx = new Nginx(process, port, folder);
        nginx.awaitListening();
        return nginx;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        for (var attempt = 0; attempt < 100; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended: " + Files.readString(folder.resolve("logs/output.log"))
                        + Files.readString(folder.resolve("logs/error.log")));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }
}
