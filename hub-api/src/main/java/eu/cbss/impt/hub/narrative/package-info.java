/**
 * The narratives' master keys in the API: the keyring read from the keys file (re-read when it
 * changes), the start-up sealing of narratives stored in plain text before version 4 of the schema,
 * and the hub administrator's re-wrapping of data keys after a rotation.
 */
package eu.cbss.impt.hub.narrative;
