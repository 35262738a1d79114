package org.reciprocity.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two server nodes — two lock providers and executors as {@link SchedulingConfiguration} makes them, over one
 * DataSource — start the same locked job at the same moment: it runs once. On PostgreSQL (the postgres run) and on
 * H2, with the databases' own time. And every {@code @Scheduled} method of ours takes such a lock.
 */
@SpringBootTest
class SchedulerLockTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aJobStartedOnTwoNodesAtOnceRunsOnce() throws Exception {
        var job = "test-job-" + UUID.randomUUID();
        var nodes = new ArrayList<DefaultLockingTaskExecutor>();
        for (var node : new String[] {"node-a", "node-b"}) {
            nodes.add(new DefaultLockingTaskExecutor(SchedulingConfiguration.lockProvider(dataSource, node)));
        }
        var runs = new AtomicInteger();
        var skipped = new CountDownLatch(1);
        var together = new CyclicBarrier(nodes.size());
        var threads = Executors.newFixedThreadPool(nodes.size());
        try {
            var started = new ArrayList<Future<?>>();
            for (var node : nodes) {
                started.add(threads.submit(() -> {
                    together.await();
                    node.executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        try {
                            // holds the lock until the other node has tried and given up (bounded, in case both ran)
                            skipped.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
                    skipped.countDown();
                    return null;
                }));
            }
            for (var future : started) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(runs).as("the job ran on one node; the other skipped it").hasValue(1);
    }

    @Test
    void everyScheduledMethodTakesASchedulerLock() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("on several server nodes, a job without a lock runs once per node")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.reciprocity"));
    }
}
