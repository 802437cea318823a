package eu.cbss.impt.hub.narrative;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.audit.AuditAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/admin/narrative-keys}: after {@code ./hub rotate-narrative-key} made a new master
 * key current, a hub administrator re-wraps the existing data keys under it; then the old key can
 * be retired. Audited.
 */
@Path("admin/narrative-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "narrative-keys", description = "Re-wrapping narratives' data keys after a new master key (hub administrators)")
public class NarrativeKeysResource {

    private static final int BATCH = 200;

    @Inject
    Caller caller;

    @Inject
    NarrativeKeyring keyring;

    @Inject
    NarrativeRewrapping rewrapping;

    @Inject
    NarrativeSealing sealing;

    /** The current key and how many narratives each key wraps. */
    public record KeyStatus(String currentKeyId, Map<String, Long> narrativesByKey) {
    }

    /** What a re-wrap did, and the state after it. */
    public record Rewrap(String currentKeyId, int rewrapped, int sealedFromPlainText, Map<String, Long> narrativesByKey) {
    }

    @GET
    @RolesAllowed(Role.HUB_ADMIN_CLAIM)
    @Operation(operationId = "getNarrativeKeyStatus", summary = "The current narrative master key id and how many narratives each key wraps (never keys)")
    public KeyStatus status() {
        return new KeyStatus(keyring.cipher().keys().currentId(), counts());
    }

    @POST
    @Path("rewrap")
    @RolesAllowed(Role.HUB_ADMIN_CLAIM)
    @Operation(operationId = "rewrapNarrativeKeys", summary = "Re-wrap every narrative's data key under the current master key",
            description = "In batches; the narratives' ciphertexts are not touched. Also seals narratives an "
                    + "earlier version stored in plain text. Audited as NARRATIVE_KEYS_REWRAPPED.")
    public Rewrap rewrap() {
        NarrativeCipher cipher = keyring.cipher();
        int sealed = sealing.sealPlainText();
        int total = 0;
        for (int n = rewrapping.batch(cipher, BATCH); n > 0; n = rewrapping.batch(cipher, BATCH)) {
            total += n;
        }
        Rewrap result = new Rewrap(cipher.keys().currentId(), total, sealed, counts());
        rewrapping.audit(caller, AuditAction.NARRATIVE_KEYS_REWRAPPED, result.currentKeyId(), "rewrapped=" + total
                + " sealedFromPlainText=" + sealed + " byKey=" + result.narrativesByKey());
        return result;
    }

    private Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        for (Object[] row : rewrapping.countsByKey()) {
            m.put((String) row[0], ((Number) row[1]).longValue());
        }
        return m;
    }
}
