package eu.cbss.impt.hub.signal;

/** A closed set of codes from the seeds' vocabulary, each with a label and a plain-language definition. */
public interface Coded {
    String name();
    String label();
    String definition();
}
