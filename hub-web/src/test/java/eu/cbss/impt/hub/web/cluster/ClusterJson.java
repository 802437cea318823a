package eu.cbss.impt.hub.web.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** A cluster as hub-api's {@code GET /v1/clusters/{id}} answers it, for the tests; the grades and proposal vary. */
final class ClusterJson {

    static final String CLUSTER_ID = "3f2a9c1e-0b7d-4e55-9a51-6f0c2d8e4b11";
    static final String POLICE_SIGNAL = "11111111-2222-4333-8444-555555555555";
    static final String SOCIAL_SIGNAL = "66666666-7777-4888-9999-000000000000";

    private ClusterJson() {
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** Two signals, MAYBE and {@code socialGrade}; no proposal; the API allows {@code allowed}. */
    static Cluster twoSources(String assessedGrade, String socialGrade, String... allowed) {
        return twoSources(assessedGrade, socialGrade, null, false, allowed);
    }

    /**
     * Two signals (police filed first, about a later period), MAYBE and {@code socialGrade}; a proposal by
     * {@code proposer} (made by the caller or not) or none; the API's {@code allowedActions}.
     */
    static Cluster twoSources(String assessedGrade, String socialGrade, String proposer, boolean byCaller, String... allowed) {
        String proposal = proposer == null ? "null"
                : "{\"by\":\"" + proposer + "\",\"at\":\"2026-11-22T05:10:00Z\",\"rationale\":\"Same child, two reports.\","
                + "\"byCaller\":" + byCaller + "}";
        boolean official = "OFFICIAL".equals(socialGrade);
        String reason = official ? "official-source" : "several-organisations";
        String actions = String.join(",", java.util.Arrays.stream(allowed).map(a -> "\"" + a + "\"").toList());
        return Cluster.from(json("""
                {"id":"%s","kind":"CHILD","signalIds":["%s","%s"],
                 "signals":[
                   {"id":"%s","reference":"S-2026-000031","organisation":"ee-police-south","organisationType":"POLICE",
                    "grade":"MAYBE","sourceType":"PROFESSIONAL_OBSERVATION","official":false,"occurredFrom":"2026-10-20","occurredTo":null,
                    "submittedAt":"2026-11-01T09:00:00Z"},
                   {"id":"%s","reference":"S-2026-000040","organisation":"ee-tallinn-social-services","organisationType":"SOCIAL_SERVICES",
                    "grade":"%s","sourceType":"PROFESSIONAL_OBSERVATION","official":%s,"occurredFrom":"2026-10-02","occurredTo":"2026-10-05",
                    "submittedAt":"2026-11-03T10:00:00Z"}],
                 "independentSources":{"organisations":["ee-police-south","ee-tallinn-social-services"],
                   "organisationTypes":["POLICE","SOCIAL_SERVICES"],"count":2},
                 "assessedGrade":"%s","gradeReason":{"code":"%s","words":"…"},"officialSource":%s,
                 "verification":"UNVERIFIED","pendingProposal":%s,"mergedInto":null,"allowedActions":[%s],
                 "createdAt":"2026-11-03T10:00:01Z",
                 "history":[{"act":"CREATED","rationale":"Linked.","otherClusterId":null,"by":"hub","role":"system","at":"2026-11-03T10:00:01Z"}],
                 "links":[{"signalId":"%s","linkedToSignalId":"%s","similarity":0.873,"basis":"SIMILARITY","evidence":"BLOOM_FILTER"},
                          {"signalId":"%s","linkedToSignalId":"%s","similarity":null,"basis":"NAME_AND_BIRTH","evidence":"EXACT_TOKEN"}]}
                """.formatted(CLUSTER_ID, POLICE_SIGNAL, SOCIAL_SIGNAL, POLICE_SIGNAL, SOCIAL_SIGNAL, socialGrade, official, assessedGrade,
                reason, official, proposal, actions, SOCIAL_SIGNAL, POLICE_SIGNAL, SOCIAL_SIGNAL, POLICE_SIGNAL)));
    }
}
