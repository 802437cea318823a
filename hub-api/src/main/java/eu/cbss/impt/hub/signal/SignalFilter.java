package eu.cbss.impt.hub.signal;

import java.time.LocalDate;

/** Filters of the signal list; null means "any". {@code from}/{@code to} select signals whose period overlaps them. */
public record SignalFilter(String region, Concern concern, Grade grade, ReviewStatus reviewStatus, LocalDate from,
        LocalDate to) {
}
