/**
 * The hub's identity provider as code: the realm {@code impt} (roles, clients, user profile and the
 * mappers that put {@code groups}, {@code organisation}, {@code region} and {@code country} into
 * tokens) with its demo overlay, composed by {@link eu.cbss.impt.hub.realm.RealmComposer}; the real
 * Keycloak distribution run as a child process ({@link eu.cbss.impt.hub.realm.KeycloakServer}); and
 * password-grant tokens for scripts and tests ({@link eu.cbss.impt.hub.realm.Tokens}).
 *
 * <p>Holds no rule of the hub: what a role or an attribute lets a user do is decided by hub-api. The
 * register of organisations that the {@code organisation} attribute names is hub-api's, not Keycloak's.
 */
package eu.cbss.impt.hub.realm;
