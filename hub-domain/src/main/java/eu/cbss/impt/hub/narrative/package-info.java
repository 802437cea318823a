/**
 * Narratives encrypted at rest (architecture.md, rule 1): envelope encryption with a random AES-256
 * data key per signal, sealed with AES-GCM and bound to the signal's id; the data key is wrapped by
 * a master key from the {@link eu.cbss.impt.hub.narrative.MasterKeys} keyring, whose id is stored so
 * that master keys can be rotated and data keys re-wrapped without touching the ciphertext.
 *
 * <p>Decides neither where the keys file is nor who may read a narrative: hub-api names the file and
 * opens a narrative only for a reader of the signal's detail, after the scope check.
 */
package eu.cbss.impt.hub.narrative;
