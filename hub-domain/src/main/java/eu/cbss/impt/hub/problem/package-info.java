/**
 * The problems the hub can answer with, named once ({@link ProblemCode}), and the mark an exception
 * carries to say which it is. Not how they are written on the wire: that is hub-api's {@code problem}.
 */
package eu.cbss.impt.hub.problem;
