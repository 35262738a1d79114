package org.reciprocity.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.reciprocity.PackagedApp;

/**
 * GreenMail as the SMTP server of the mail tests, on a free loopback port, one for the JVM: every test context
 * sends to it ({@link MailServerProperties}), so that the mail tests share the one Spring context. A test may stop it (a mail server that
 * is down) and start it again on the same port.
 */
final class MailServer {

    private static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server = started();

    private MailServer() {
    }

    static String host() {
        return SETUP.getBindAddress();
    }

    static int port() {
        return SETUP.getPort();
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
