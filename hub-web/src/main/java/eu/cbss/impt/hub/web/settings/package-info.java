/**
 * The UI's configuration keys, read through MicroProfile Config ({@link WebSetting}).
 */
package eu.cbss.impt.hub.web.settings;
