package org.reciprocity.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A month or a quarter of the company's calendar, from its first day (inclusive) to the first day of the next
 * one (exclusive), in the company's time zone.
 */
public record Period(Kind kind, LocalDate start) implements Comparable<Period> {

    public enum Kind { MONTH, QUARTER }

    public Period {
        if (start.getDayOfMonth() != 1 || (kind == Kind.QUARTER && (start.getMonthValue() - 1) % 3 != 0)) {
            throw new IllegalArgumentException("Not the first day of a " + kind + ": " + start);
        }
    }

    /** The period of this kind that contains the day. */
    public static Period containing(Kind kind, LocalDate day) {
        var first = day.withDayOfMonth(1);
        return new Period(kind, kind == Kind.MONTH ? first
                : first.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1));
    }

    /** The period of this kind that contains the instant, in the zone. */
    public static Period containing(Kind kind, Instant instant, ZoneId zone) {
        return containing(kind, instant.atZone(zone).toLocalDate());
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(months());
    }

    public Period next() {
        return new Period(kind, end());
    }

    public Period previous() {
        return new Period(kind, start.minusMonths(months()));
    }

    /** 1–4 for a quarter, 1–12 for a month. */
    public int number() {
        return kind == Kind.MONTH ? start.getMonthValue() : (start.getMonthValue() - 1) / 3 + 1;
    }

    public Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return end().atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(from(zone)) && instant.isBefore(to(zone));
    }

    private int months() {
        return kind == Kind.MONTH ? 1 : 3;
    }

    @Override
    public int compareTo(Period other) {
        var byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : kind.compareTo(other.kind);
    }
}
