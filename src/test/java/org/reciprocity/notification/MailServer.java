package org.reciprocity.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.reciprocity.PackagedApp;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail as the SMTP server of the mail tests, on a free loopback port, one for the JVM: every mail test class
 * registers the same properties, so that they all share one Spring context. A test may stop it (a mail server that
 * is down) and start it again on the same port.
 */
final class MailServer {

    private static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server = started();

    private MailServer() {
    }

    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SETUP::getBindAddress);
        registry.add("spring.mail.port", SETUP::getPort);
        // the tests send when they choose: the job's own runs would race them
        registry.add("reciprocity.notification.send-every", () -> "PT1H");
    }

    static GreenMail server() {
        return server;
    }

    static void stop() {
        server.stop();
    }

    static void start() {
        if (!server.isRunning()) {
            server = started();
        }
    }

    private static GreenMail started() {
        var greenMail = new GreenMail(SETUP);
        greenMail.start();
        return greenMail;
    }

    private static int freePort() {
        try {
            return PackagedApp.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
