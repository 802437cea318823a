package eu.cbss.impt.hub.signal;

import java.time.LocalDate;

/**
 * Filters of the signal list; null means "any". {@code from}/{@code to} select signals whose period overlaps them.
 * Without a {@code reviewStatus}, withdrawn signals are left out, and a national coordinator sees only accepted
 * ones unless {@code includePending} (then submitted and returned ones too; rejected ones only by status).
 */
public record SignalFilter(String region, Concern concern, Grade grade, ReviewStatus reviewStatus, LocalDate from,
        LocalDate to, boolean includePending) {
}
