package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.problem.ProblemMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The organisation use cases: hub administrators register and revise organisations (deactivating
 * one is a revision), each change audited in its transaction and announced after the commit
 * ({@link OrganisationChanged}) so that {@link OrganisationDirectory} forgets what it cached.
 * Coordinators may read the register too.
 */
@ApplicationScoped
public class OrganisationRegistry {

    private static final String TARGET = "organisation";

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<OrganisationChanged> changed;

    @Transactional
    public List<Organisation> list(Caller caller) {
        requireMayRead(caller);
        return organisations.all();
    }

    @Transactional
    public Organisation find(Caller caller, String id) {
        requireMayRead(caller);
        return organisations.find(id).orElseThrow(OrganisationNotFound::new);
    }

    /** @throws OrganisationConflict when the id is taken, also by a registration at the same moment */
    @Transactional
    public Organisation register(Caller caller, OrganisationReader.Registration registration) {
        requireAdmin(caller);
        String id = registration.id().value();
        if (organisations.find(id).isPresent()) {
            throw OrganisationConflict.idTaken(id);
        }
        Organisation organisation = Organisation.register(registration.id(), registration.details(), clock.instant());
        try {
            organisations.add(organisation);
        } catch (PersistenceException e) {
            throw Organisations.keyTaken(e) ? OrganisationConflict.idTaken(id) : e;
        }
        audit.record(caller, AuditAction.ORGANISATION_CREATED, TARGET, id, describe(organisation));
        changed.fire(new OrganisationChanged(id));
        return organisation;
    }

    /**
     * Replaces the organisation's details; an unchanged revision changes and audits nothing.
     *
     * @throws OrganisationConflict when someone else changed it since the version the revision names, or at the same moment
     */
    @Transactional
    public Organisation revise(Caller caller, String id, OrganisationReader.Revision revision) {
        requireAdmin(caller);
        Organisation organisation = organisations.find(id).orElseThrow(OrganisationNotFound::new);
        String what = organisation.revise(revision.applyTo(organisation.active()), revision.expectedVersion(), clock.instant());
        if (what.isEmpty()) {
            return organisation;
        }
        audit.record(caller, AuditAction.ORGANISATION_UPDATED, TARGET, id, what);
        try {
            organisations.flush();
        } catch (PersistenceException e) {
            throw ProblemMappers.lostRace(e) ? OrganisationConflict.changedMeanwhile(id) : e;
        }
        changed.fire(new OrganisationChanged(id));
        return organisation;
    }

    private static String describe(Organisation o) {
        return "type=" + o.type() + ", level=" + o.level() + ", region=" + o.region() + ", active=" + o.active();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.HUB_ADMIN)) {
            throw new AccessDenied("Only a hub administrator registers and changes organisations.");
        }
    }

    private static void requireMayRead(Caller caller) {
        if (!caller.has(Role.HUB_ADMIN) && !caller.has(Role.NATIONAL_COORDINATOR) && !caller.has(Role.REGIONAL_COORDINATOR)) {
            throw new AccessDenied("Only hub administrators and coordinators see the register of organisations.");
        }
    }
}
