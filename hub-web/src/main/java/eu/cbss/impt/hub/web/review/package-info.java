/** Regional review in the UI: the regional coordinator's queue and the API calls of review steps. */
package eu.cbss.impt.hub.web.review;
