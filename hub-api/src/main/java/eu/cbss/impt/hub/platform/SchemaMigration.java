package eu.cbss.impt.hub.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies the Flyway migrations (hub-domain's db/migration) when the API starts; Flyway owns the schema. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean applied;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        applied = true;
    }

    public boolean applied() {
        return applied;
    }

    /** Whether every migration shipped with the hub is applied, for the readiness check. */
    public boolean upToDate() {
        return applied && Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource).locations("classpath:db/migration").load()
                .info().pending().length == 0;
    }
}
