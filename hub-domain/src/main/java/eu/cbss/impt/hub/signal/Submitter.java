package eu.cbss.impt.hub.signal;

/** Who filed a signal: the user, their organisation and the organisation's region (which decides regional review). */
public record Submitter(String username, String organisation, String organisationRegion) {
}
