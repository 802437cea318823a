package eu.cbss.impt.hub.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds the cluster engine when the API starts, after the schema is migrated (and links what is behind). */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterStartup {

    @Inject
    ClusterLinking linking;

    private static final Logger LOG = Logger.getLogger(ClusterStartup.class.getName());

    @PostConstruct
    void atStartup() {
        try {
            linking.rebuild();
        } catch (RuntimeException e) {
            // The API still serves signals; the engine is rebuilt on its next use.
            LOG.log(Level.SEVERE, "The cluster engine could not be built at start-up", e);
        }
    }
}
