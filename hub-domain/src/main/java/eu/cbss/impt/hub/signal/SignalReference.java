package eu.cbss.impt.hub.signal;

/** The human-readable reference of a signal, such as S-2026-000042: year of filing and a hub-wide number. */
public record SignalReference(String value) {

    public static SignalReference of(int year, long number) {
        return new SignalReference(String.format("S-%d-%06d", year, number));
    }
}
