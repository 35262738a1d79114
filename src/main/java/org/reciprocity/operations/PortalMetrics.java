package org.reciprocity.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.reciprocity.recognition.RecognitionGiven;
import org.reciprocity.recognition.Source;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseFigures;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's own figures for Prometheus ({@code /actuator/prometheus} on the management port), beside the JVM's,
 * Tomcat's and the connection pool's that Boot adds:
 * <ul>
 *   <li>{@code reciprocity_reports_filed_total{kind}} — reports filed on this node since it started;</li>
 *   <li>{@code reciprocity_recognitions_given_total{source}} — entries recorded (colleague, customer, HR);</li>
 *   <li>{@code reciprocity_cases_overdue} — cases past their next deadline now, in the whole database;</li>
 *   <li>{@code reciprocity_ui_active} — open browser tabs on this node ({@link ActiveUis}).</li>
 * </ul>
 * Tags are enums only, every value registered at start (a series reads 0 before its first event, so rates work):
 * no location, person, department or id, which would name people and grow without bound.
 * <p>
 * Counted from the features' events, not in their services. A plain listener that counts after the publisher's
 * commit, never for a report that was rolled back; not a {@code FeatureEventListener}, whose event the publication
 * registry would store and, after a restart, count again.
 */
@Component
class PortalMetrics {

    private final Map<ReportKind, Counter> reportsFiled = new EnumMap<>(ReportKind.class);
    private final Map<Source, Counter> recognitionsGiven = new EnumMap<>(Source.class);

    PortalMetrics(MeterRegistry registry, CaseFigures cases) {
        for (var kind : ReportKind.values()) {
            reportsFiled.put(kind, Counter.builder("reciprocity.reports.filed").tag("kind", kind.name())
                    .description("Reports filed through Tell us on this node").register(registry));
        }
        for (var source : Source.values()) {
            recognitionsGiven.put(source, Counter.builder("reciprocity.recognitions.given")
                    .tag("source", source.name())
                    .description("Recognitions recorded on this node").register(registry));
        }
        // asked at each scrape: one count query over the indexed deadline (the review queue's own rule)
        Gauge.builder("reciprocity.cases.overdue", cases, CaseFigures::overdueNow)
                .description("Cases whose next deadline has passed").register(registry);
    }

    @EventListener
    void on(ReportFiled filed) {
        afterCommit(reportsFiled.get(filed.kind()));
    }

    @EventListener
    void on(RecognitionGiven given) {
        afterCommit(recognitionsGiven.get(given.source()));
    }

    private static void afterCommit(Counter counter) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
