/**
 * The UI's configuration keys, read through MicroProfile Config
 * ({@link eu.cbss.impt.hub.web.settings.WebSetting}, {@link eu.cbss.impt.hub.web.settings.HubWebSettings}).
 *
 * <p>Holds no secret itself: the client secret comes from the environment or a system property.
 */
package eu.cbss.impt.hub.web.settings;
