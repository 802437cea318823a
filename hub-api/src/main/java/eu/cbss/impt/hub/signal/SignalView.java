package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A signal as the API returns it; identifiers and linkage tokens are never part of it. */
@Schema(name = "SignalView", properties = @SchemaProperty(name = "allowedActions",
        description = "What the caller may do to the signal now: any of accept, return, reject, answer, withdraw "
                + "(docs/api-guide.md, Allowed actions)"))
public record SignalView(UUID id, String reference, String externalRef, String organisation, String submittedBy,
        Instant submittedAt, ReviewStatus reviewStatus, Grade grade, SourceType sourceType,
        InformationType informationType, List<Concern> concerns, ChildSituation childSituation, String region,
        LocalDate occurredFrom, LocalDate occurredTo, int childrenCount, List<ChildView> children, String narrative,
        List<UUID> clusterIds, List<ReviewView> reviews, List<String> allowedActions) {

    /** One step of the review history: decision, message, who (and in which role) and when. */
    public record ReviewView(ReviewDecision decision, String message, String by, String role, Instant at) {

        static ReviewView from(Review r) {
            return new ReviewView(r.decision(), r.message(), r.decidedBy(), r.decidedRole(), r.decidedAt());
        }
    }

    /** A child record: the minimum data set, and whether it can be linked; never its tokens. */
    public record ChildView(Sex sex, Integer age, AgeBand ageBand, String citizenship, String countryOfBirth,
            String recruitmentCountry, LegalStatus legalStatus, Boolean retrafficked, boolean linkable) {

        static ChildView from(ChildRecord c) {
            return new ChildView(c.sex(), c.age(), c.ageBand(), c.citizenship(), c.countryOfBirth(),
                    c.recruitmentCountry(), c.legalStatus(), c.retrafficked(), c.linkable());
        }
    }

    /** The detail form; {@code narrative} is the plain text, decrypted by whoever may and did audit it. */
    public static SignalView from(Signal s, String narrative, Caller caller) {
        return from(s, narrative, List.of(), caller);
    }

    /** The detail form with the clusters the signal is in. */
    public static SignalView from(Signal s, String narrative, List<UUID> clusterIds, Caller caller) {
        return new SignalView(s.id(), s.reference(), s.externalRef(), s.organisation(), s.submittedBy(),
                s.submittedAt(), s.reviewStatus(), s.grade(), s.sourceType(), s.informationType(),
                s.concerns().stream().sorted().toList(), s.childSituation(), s.region(), s.occurredFrom(),
                s.occurredTo(), s.childrenCount(), s.children().stream().map(ChildView::from).toList(), narrative,
                List.copyOf(clusterIds), s.reviews().stream().map(ReviewView::from).toList(), allowed(s, caller));
    }

    /** The list form: no children, no narrative, no review history. */
    public static SignalView summary(Signal s, Caller caller) {
        return summary(s, List.of(), caller);
    }

    /** The list form with the clusters the signal is in. */
    public static SignalView summary(Signal s, List<UUID> clusterIds, Caller caller) {
        return new SignalView(s.id(), s.reference(), s.externalRef(), s.organisation(), s.submittedBy(),
                s.submittedAt(), s.reviewStatus(), s.grade(), s.sourceType(), s.informationType(),
                s.concerns().stream().sorted().toList(), s.childSituation(), s.region(), s.occurredFrom(),
                s.occurredTo(), s.childrenCount(), null, null, List.copyOf(clusterIds), null, allowed(s, caller));
    }

    private static List<String> allowed(Signal s, Caller caller) {
        return s.allowedActions(caller).stream().map(SignalAction::wire).toList();
    }
}
