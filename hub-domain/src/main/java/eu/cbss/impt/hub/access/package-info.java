/**
 * Who the caller is and what they may see (least privilege, architecture.md, rule 5): the realm's
 * roles ({@link eu.cbss.impt.hub.access.Role}, also used by hub-web), the
 * {@link eu.cbss.impt.hub.access.Caller} and the {@link eu.cbss.impt.hub.access.SignalScope} of each.
 *
 * <p>Reads nothing from the container: the API builds the {@code Caller} from the verified token.
 * Whether the caller's organisation lets them in is the {@code organisation} package's.
 */
package eu.cbss.impt.hub.access;
