package eu.cbss.impt.hub.platform;

import eu.cbss.impt.hub.narrative.NarrativeKeyring;
import eu.cbss.impt.hub.pseudonymisation.PseudonymiserProducer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers, every migration is applied and the pseudonymisation key and the narrative master keys are configured. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private SchemaMigration migration;

    @Inject
    private PseudonymiserProducer pseudonymiser;

    @Inject
    private NarrativeKeyring narrativeKeys;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseReachable();
        boolean migrations = database && migration.upToDate();
        boolean key = pseudonymiser.configured();
        boolean narrativeKey = narrativeKeys.configured();
        return HealthCheckResponse.named("hub-api")
                .status(database && migrations && key && narrativeKey)
                .withData("database", database ? "reachable" : "unreachable")
                .withData("migrations", migrations ? "applied" : "pending")
                .withData("pseudonymisationKey", key ? "configured" : "missing")
                .withData("narrativeKeys", narrativeKey ? "configured" : "missing")
                .build();
    }

    private boolean databaseReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
