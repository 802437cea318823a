/**
 * The home page per role: for those who work with signals, the latest ones they may see and how many
 * children and incidents they are about; a social worker's questions returned by the regional
 * coordinator; the ways into the review queue, the clusters, the estimates and the register of
 * organisations; and, when the user's organisation is not registered or was deactivated, why the hub
 * refuses them.
 *
 * <p>Holds no page of its own beyond the home page: each feature's pages are in its own package.
 * Partner countries and researchers see only words about what is not built yet.
 */
package eu.cbss.impt.hub.web.home;
