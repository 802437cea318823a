/**
 * The narratives' master keys in the API: the keyring read from the keys file (re-read when it
 * changes), the start-up sealing of narratives stored in plain text before version 4 of the schema,
 * and the hub administrator's re-wrapping of data keys after a rotation
 * ({@code /api/v1/admin/narrative-keys}).
 *
 * <p>The cipher and its rules are hub-domain's {@code narrative} package. No key is generated or
 * stored here ({@code ./hub rotate-narrative-key} writes the file), and no key or narrative is logged.
 */
package eu.cbss.impt.hub.narrative;
