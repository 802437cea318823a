/**
 * Who is calling: the {@link eu.cbss.impt.hub.access.Caller} of each request, built from the verified
 * MP-JWT token's {@code groups}, {@code organisation}, {@code region} and {@code country}; 401 for a
 * request without a valid token; {@code /api/v1/me}, who the API believes the caller is.
 *
 * <p>Decides nothing about what the caller may see: hub-domain's {@code access} package ({@code Caller},
 * {@code SignalScope}) and each use case do; the organisation check is {@code organisation}'s filter.
 */
package eu.cbss.impt.hub.access;
