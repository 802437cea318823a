package eu.cbss.impt.hub.validation;

/** What is wrong with one field of a request; {@code field} is a path such as {@code children[0].age}. */
public record FieldError(String field, String message) {
}
