package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.reference.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A signal as submitted and validated, before it is pseudonymised and stored. */
public record SignalSubmission(String externalRef, Grade grade, SourceType sourceType,
        InformationType informationType, Set<Concern> concerns, ChildSituation childSituation, RegionCode region,
        LocalDate occurredFrom, LocalDate occurredTo, int childrenCount, List<ChildSubmission> children,
        String narrative) {

    public SignalSubmission {
        concerns = Set.copyOf(concerns);
        children = List.copyOf(children);
    }
}
