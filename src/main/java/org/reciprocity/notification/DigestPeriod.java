package org.reciprocity.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The period of a digest that is due at a moment: the newest day (or week, from Monday) whose digest hour has come,
 * in the company's zone. Only the newest: a job that was down for days sends one digest, not one per day missed.
 *
 * @param key           {@code D2026-12-02} or {@code W2026-W49}: once per person and key ({@code notification_round})
 * @param start         when this period's digest became due (the digest hour of that day, or of that Monday)
 * @param previousStart when the period before it became due: how far back a person's first digest reaches
 */
record DigestPeriod(Delivery cadence, String key, Instant start, Instant previousStart) {

    DigestPeriod {
        if (cadence != Delivery.DAILY_DIGEST && cadence != Delivery.WEEKLY_DIGEST) {
            throw new IllegalArgumentException(cadence + " is no digest");
        }
    }

    static DigestPeriod due(Delivery cadence, Instant now, ZoneId zone, int hour) {
        var weekly = cadence == Delivery.WEEKLY_DIGEST;
        var day = now.atZone(zone).toLocalDate();
        if (weekly) {
            day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (at(day, zone, hour).isAfter(now)) {
            day = weekly ? day.minusWeeks(1) : day.minusDays(1);
        }
        var previous = weekly ? day.minusWeeks(1) : day.minusDays(1);
        return new DigestPeriod(cadence, (weekly ? "W" + week(day) : "D" + day), at(day, zone, hour),
                at(previous, zone, hour));
    }

    /** The key of the manager's team summary of the same week ({@code T2026-W49}). */
    String summaryKey() {
        if (cadence != Delivery.WEEKLY_DIGEST) {
            throw new IllegalStateException("A team summary is weekly");
        }
        return "T" + key.substring(1);
    }

    /** The hour's first moment that day (a clock change that skips it moves it on, as {@code atZone} does). */
    private static Instant at(LocalDate day, ZoneId zone, int hour) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private static String week(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
