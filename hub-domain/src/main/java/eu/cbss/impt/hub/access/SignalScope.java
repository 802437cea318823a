package eu.cbss.impt.hub.access;

/**
 * Which signals a caller may see: all of them, those filed by organisations of one region, those
 * of one organisation, or none. A signal outside the scope is answered as if it did not exist.
 */
public record SignalScope(Kind kind, String value) {

    public enum Kind { ALL, REGION, ORGANISATION, NONE }

    public static SignalScope all() { return new SignalScope(Kind.ALL, null); }
    public static SignalScope region(String region) { return new SignalScope(Kind.REGION, region); }
    public static SignalScope organisation(String organisation) { return new SignalScope(Kind.ORGANISATION, organisation); }
    public static SignalScope none() { return new SignalScope(Kind.NONE, null); }

    /** Whether a signal filed by {@code organisation} of {@code organisationRegion} is in scope. */
    public boolean permits(String organisation, String organisationRegion) {
        return switch (kind) {
            case ALL -> true;
            case REGION -> value.equals(organisationRegion);
            case ORGANISATION -> value.equals(organisation);
            case NONE -> false;
        };
    }
}
