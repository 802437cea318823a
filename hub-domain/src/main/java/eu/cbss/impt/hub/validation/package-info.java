/** Field-level validation errors shared by every feature; turned into problem+json by the API. */
package eu.cbss.impt.hub.validation;
