package eu.cbss.impt.hub.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** The hub's PostgreSQL connection pool; URL and credentials from MicroProfile Config (ApiSettings.DB_*). */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=hub.db.url}",
        user = "${MPCONFIG=hub.db.user}",
        password = "${MPCONFIG=hub.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        // reWriteBatchedInserts: a JDBC batch of inserts goes as multi-row INSERTs (bulk imports)
        properties = {"stringtype=unspecified", "reWriteBatchedInserts=true", "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                // validate a pooled connection at most once a minute, not on every use
                "fish.payara.validate-atmost-once-period-in-seconds=60"})
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/hub";
}
