/**
 * The national coordinators' estimates page ({@code estimates/view.xhtml}): a multiple systems estimate
 * of the children in a period and region, read from hub-api's {@code /v1/estimates}, with its table,
 * model, interval, a picture and the caveats. Computes nothing itself but the picture's geometry.
 */
package eu.cbss.impt.hub.web.estimate;
