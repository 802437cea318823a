package eu.cbss.impt.hub.narrative;

import eu.cbss.impt.hub.platform.DataSourceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seals the narratives that hubs before schema version 4 stored in plain text, and nulls the plain
 * text: once at start-up (after the migrations) and again on every re-wrap. Each row is sealed and
 * cleared in one statement, so a crash leaves every row either plain or sealed, never lost.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NarrativeSealing {

    private static final Logger LOG = Logger.getLogger(NarrativeSealing.class.getName());
    private static final int BATCH = 200;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    NarrativeKeyring keyring;

    @PostConstruct
    void atStartup() {
        if (!keyring.configured()) {
            LOG.warning("Narrative master keys missing: plain-text narratives of earlier versions are not sealed yet.");
            return;
        }
        try {
            int n = sealPlainText();
            if (n > 0) {
                LOG.info(() -> n + " narratives stored in plain text by an earlier version were sealed.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing plain-text narratives failed: {0}", e.getClass().getName());
        }
    }

    /** Seals every narrative still stored in plain text; how many. */
    public int sealPlainText() {
        NarrativeCipher cipher = keyring.cipher();
        int total = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            while (true) {
                Map<UUID, String> batch = new LinkedHashMap<>();
                try (PreparedStatement q = c.prepareStatement(
                        "select id, narrative from signal where narrative is not null limit " + BATCH);
                     ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        batch.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
                if (batch.isEmpty()) {
                    return total;
                }
                try (PreparedStatement u = c.prepareStatement("update signal set narrative = null, narrative_ciphertext = ?, "
                        + "narrative_nonce = ?, narrative_data_key = ?, narrative_key_id = ?, version = version + 1 "
                        + "where id = ? and narrative is not null")) {
                    for (Map.Entry<UUID, String> e : batch.entrySet()) {
                        SealedNarrative s = cipher.seal(e.getKey(), e.getValue());
                        u.setBytes(1, s.ciphertext());
                        u.setBytes(2, s.nonce());
                        u.setBytes(3, s.wrappedDataKey());
                        u.setString(4, s.keyId());
                        u.setObject(5, e.getKey());
                        total += u.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sealing plain-text narratives failed", e);
        }
    }
}
