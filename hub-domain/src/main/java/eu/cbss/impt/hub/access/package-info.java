/**
 * Who the caller is and what they may see (least privilege). Reads nothing from the container:
 * the API builds a {@link eu.cbss.impt.hub.access.Caller} from the verified token.
 */
package eu.cbss.impt.hub.access;
