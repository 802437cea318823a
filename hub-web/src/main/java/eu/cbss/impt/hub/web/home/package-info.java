/** The home page per role. Later issues add each role's own pages (review queue, dashboard, packages, requests, administration). */
package eu.cbss.impt.hub.web.home;
