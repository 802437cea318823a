package eu.cbss.impt.hub.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page of near misses as {@code GET /v1/near-misses} answers it, read without re-deriving what may be done. */
class NearMissTest {

    private static final String PAGE = """
            {"items":[{"id":"9a8b7c6d-1111-4222-8333-444455556666","reason":"different-id-number","reasonWords":"…",
              "similarity":0.934,"foundAt":"2026-11-20T09:00:00Z",
              "clusterId":"3f2a9c1e-0b7d-4e55-9a51-6f0c2d8e4b11","otherClusterId":"77777777-0b7d-4e55-9a51-6f0c2d8e4b11",
              "signal":{"id":"s2","reference":"S-2026-000041","organisation":"ee-police-south","organisationType":"POLICE",
                        "grade":"MAYBE","sourceType":"PROFESSIONAL_OBSERVATION","official":false,"occurredFrom":"2026-10-02"},
              "otherSignal":{"id":"s1","reference":"S-2026-000040","organisation":"ee-tallinn-social-services",
                        "grade":"ANECDOTAL","sourceType":"PROFESSIONAL_OBSERVATION","official":false},
              "allowedActions":["same-child","not-the-same"]},
             {"id":"abc","reason":"below-threshold","similarity":0.71,"allowedActions":[]}],
             "page":0,"size":20,"total":2}
            """;

    @Test
    void aPageReadsEachPairWithWhatTheApiAllows() {
        List<NearMiss> page = NearMiss.pageFrom(ClusterJson.json(PAGE));

        NearMiss first = page.get(0);
        assertEquals("different-id-number", first.reason());
        assertEquals(93, first.percent());
        assertEquals("N-9A8B7C6D", first.reference());
        assertEquals("S-2026-000041", first.signal().reference());
        assertEquals("S-2026-000040", first.otherSignal().reference());
        assertTrue(first.allows("same-child"));
        assertTrue(first.allows("not-the-same"));

        NearMiss second = page.get(1);
        assertFalse(second.allows("same-child"), "nothing the API does not list");
        assertEquals(null, second.signal());
    }
}
