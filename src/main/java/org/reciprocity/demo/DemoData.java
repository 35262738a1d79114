package org.reciprocity.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.reciprocity.security.InitialAdmin;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Tells the demo company's story into a new database, when {@code reciprocity.demo-data} is on (the README's run
 * command and the tests switch it on; the packaged jar leaves it off unless told). The chain starts at the front
 * door: the first administrator is opened as production opens it ({@link InitialAdmin}), with the published demo
 * password, and every step signs in as the people who act in it. The steps run in this order and no other:
 * <ol>
 *   <li>the administrator builds the directory and opens everyone's account;</li>
 *   <li>HR publishes the vision and the values;</li>
 *   <li>colleagues recognise each other over half a year, and applaud;</li>
 *   <li>the managers write their self-assessments, Maksym a whole year of them;</li>
 *   <li>customers, a witness and Anna tell the company what they saw;</li>
 *   <li>HR works on those reports.</li>
 * </ol>
 * A database that already has an account (an earlier start, or {@code RECIPROCITY_ADMIN_PASSWORD}) gets nothing.
 */
@Component
@ConditionalOnBooleanProperty("reciprocity.demo-data")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InitialAdmin initialAdmin;
    private final SignIn signIn;
    private final StoryClock clock;
    private final DemoCompany company;
    private final DemoVision vision;
    private final DemoRecognitions recognitions;
    private final DemoAssessments assessments;
    private final DemoReports reports;
    private final DemoReviewWork review;
    private final String address;

    DemoData(InitialAdmin initialAdmin, SignIn signIn, StoryClock clock, DemoCompany company, DemoVision vision,
             DemoRecognitions recognitions, DemoAssessments assessments, DemoReports reports, DemoReviewWork review,
             @Value("${server.address:}") String address) {
        this.initialAdmin = initialAdmin;
        this.signIn = signIn;
        this.clock = clock;
        this.company = company;
        this.vision = vision;
        this.recognitions = recognitions;
        this.assessments = assessments;
        this.reports = reports;
        this.review = review;
        this.address = address;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!initialAdmin.open(DemoPeople.PASSWORD)) {
            log.info("No demo data: the database has accounts already");
            return;
        }
        if (!isLoopback(address)) {
            log.warn("Demo accounts with the published password are reachable from other machines: the server "
                    + "listens on {}. Bind it to this machine with --server.address=127.0.0.1",
                    address.isBlank() ? "every network interface" : address);
        }
        var started = System.nanoTime();
        var now = clock.instant();
        var people = company.build(signIn);
        vision.publish(signIn, now);
        recognitions.tell(signIn, people, now);
        assessments.write(signIn, now);
        var filed = reports.file(signIn, people, now);
        review.work(signIn, people, filed);
        log.info("Demo data told in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** True when {@code server.address} names this machine only (127.0.0.1, ::1, localhost). */
    static boolean isLoopback(String address) {
        if (address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
