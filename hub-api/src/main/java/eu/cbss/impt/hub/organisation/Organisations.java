package eu.cbss.impt.hub.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The repository of organisations. */
@ApplicationScoped
public class Organisations {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    public Optional<Organisation> find(String id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** Every organisation, active or not, by id. */
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.id", Organisation.class).getResultList();
    }

    /** Stores a new organisation now, so that an id taken at the same moment surfaces inside the use case. */
    public void add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
    }

    /** Writes pending changes now, so that a lost optimistic-locking race surfaces inside the use case. */
    public void flush() {
        em.flush();
    }

    /** Whether PostgreSQL refused a row because its key is taken (SQLSTATE 23505) somewhere in the causes. */
    static boolean keyTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
