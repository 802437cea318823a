/** RFC 9457 problem details: one small mapper per kind of failure; never a stack trace in a response. */
package eu.cbss.impt.hub.problem;
