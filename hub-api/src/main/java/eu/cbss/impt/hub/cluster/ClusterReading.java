package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads clusters for national coordinators; every list and detail is audited. */
@ApplicationScoped
public class ClusterReading {

    @Inject
    Clusters store;

    @Inject
    AuditTrail audit;

    @Transactional
    public ClusterView detail(Caller caller, UUID id) {
        ClusterView view = view(caller, id);
        audit.record(caller, AuditAction.CLUSTER_READ, "cluster", id.toString(),
                view.kind() + ", " + view.signalIds().size() + " signal(s), " + view.verification());
        return view;
    }

    /** The detail without an audit entry of its own: the answer to a decision, which is audited as such. */
    @Transactional
    public ClusterView view(Caller caller, UUID id) {
        requireNational(caller);
        Cluster c = store.find(id).orElseThrow(ClusterNotFound::new);
        List<ClusterMember> members = store.members(id);
        List<Signal> signals = store.signals(members.stream().map(ClusterMember::signal).distinct().toList());
        Map<String, OrganisationType> types = store.organisationTypes(signals.stream().map(Signal::organisation).distinct().toList());
        Set<UUID> records = members.stream().map(ClusterMember::engineRecord).collect(Collectors.toSet());
        List<ClusterLink> links = store.linksAmong(signals.stream().map(Signal::id).toList(), records);
        c.history().size(); // loaded inside the transaction, for the view
        return ClusterView.of(c, signals, types, store.corroboration(signals), links, true, caller);
    }

    @Transactional
    public ClusterPage list(Caller caller, ClusterKind kind, Verification verification, Grade grade, int page, int size) {
        requireNational(caller);
        Clusters.Page result = store.page(kind, verification, grade, page, size);
        Map<UUID, List<ClusterMember>> members = store.members(result.items().stream().map(Cluster::id).toList());
        Map<UUID, Signal> signals = new HashMap<>();
        store.signals(members.values().stream().flatMap(List::stream).map(ClusterMember::signal).distinct().toList())
                .forEach(s -> signals.put(s.id(), s));
        List<ClusterView> items = new ArrayList<>();
        for (Cluster c : result.items()) {
            List<Signal> of = members.getOrDefault(c.id(), List.of()).stream().map(ClusterMember::signal).distinct()
                    .map(signals::get).toList();
            items.add(ClusterView.of(c, of, Map.of(), store.corroboration(of), List.of(), false, caller));
        }
        audit.record(caller, AuditAction.CLUSTERS_LISTED, "cluster-list", null, "kind=" + kind + " verification="
                + verification + " assessedGrade=" + grade + " page=" + page + " size=" + size + " total=" + result.total());
        return new ClusterPage(items, page, size, result.total(),
                ClusterPage.basis(names(kind, ClusterKind.values()), names(verification, Verification.values()),
                        names(grade, Grade.values())));
    }

    /** The one value filtered on, or all of them. */
    private static <E extends Enum<E>> List<String> names(E chosen, E[] all) {
        return chosen == null ? Arrays.stream(all).map(Enum::name).toList() : List.of(chosen.name());
    }

    static void requireNational(Caller caller) {
        if (!caller.has(Role.NATIONAL_COORDINATOR)) {
            throw new AccessDenied("Only national coordinators work with clusters.");
        }
    }
}
