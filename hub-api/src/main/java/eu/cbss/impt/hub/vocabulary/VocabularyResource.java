package eu.cbss.impt.hub.vocabulary;

import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.organisation.OrganisationLevel;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.platform.ApiSettings;
import eu.cbss.impt.hub.reference.Countries;
import eu.cbss.impt.hub.reference.NutsRegions;
import eu.cbss.impt.hub.signal.AgeBand;
import eu.cbss.impt.hub.signal.ChildSituation;
import eu.cbss.impt.hub.signal.Coded;
import eu.cbss.impt.hub.signal.Concern;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.InformationType;
import eu.cbss.impt.hub.signal.LegalStatus;
import eu.cbss.impt.hub.signal.ReviewStatus;
import eu.cbss.impt.hub.signal.Sex;
import eu.cbss.impt.hub.signal.SourceType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/vocabulary}: every code a client may send, with its label and definition from the seeds. */
@Path("vocabulary")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM,
        Role.PARTNER_COUNTRY_CLAIM, Role.RESEARCHER_CLAIM, Role.HUB_ADMIN_CLAIM})
@Tag(name = "vocabulary", description = "Every code a client may send, with its label and definition")
public class VocabularyResource {

    @Inject
    @ConfigProperty(name = ApiSettings.COUNTRY, defaultValue = "EE")
    String country;

    public record Term(String code, String label, String definition) {
        static Term of(Coded c) {
            return new Term(c.name(), c.label(), c.definition());
        }
    }

    public record ConcernTerm(String code, String label, String definition, String eurostatForm) {
    }

    public record Place(String code, String label, Integer level) {
    }

    public record Vocabulary(List<Term> grades, List<Term> sourceTypes, List<Term> informationTypes,
            List<Term> childSituations, List<ConcernTerm> concerns, List<Term> sexes, List<Term> ageBands,
            List<Term> legalStatuses, List<Term> reviewStatuses, List<Place> countries, List<Place> regions,
            List<Term> organisationTypes, List<Term> organisationLevels) {
    }

    @GET
    @Operation(operationId = "getVocabulary", summary = "The codes of the signal contract with labels and definitions, the countries, the regions of the "
            + "hub's country, and the types and levels of organisations")
    public Vocabulary vocabulary() {
        return new Vocabulary(terms(Grade.values()), terms(SourceType.values()), terms(InformationType.values()),
                terms(ChildSituation.values()),
                Arrays.stream(Concern.values()).map(c -> new ConcernTerm(c.name(), c.label(), c.definition(),
                        c.eurostatForm().name())).toList(),
                terms(Sex.values()), terms(AgeBand.values()), terms(LegalStatus.values()), terms(ReviewStatus.values()),
                Countries.all().stream().map(c -> new Place(c, Countries.name(c), null)).toList(),
                NutsRegions.cbss().ofCountry(country).stream().map(r -> new Place(r.code(), r.name(), r.level())).toList(),
                terms(OrganisationType.values()), terms(OrganisationLevel.values()));
    }

    private static List<Term> terms(Coded[] codes) {
        return Arrays.stream(codes).map(Term::of).toList();
    }
}
