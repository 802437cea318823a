package eu.cbss.impt.hub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.client.ApiClient;
import eu.cbss.impt.hub.client.ApiException;
import eu.cbss.impt.hub.client.api.SignalsApi;
import eu.cbss.impt.hub.client.model.ChildIdentifiers;
import eu.cbss.impt.hub.client.model.ChildRequest;
import eu.cbss.impt.hub.client.model.ChildSituation;
import eu.cbss.impt.hub.client.model.Concern;
import eu.cbss.impt.hub.client.model.FieldError;
import eu.cbss.impt.hub.client.model.Grade;
import eu.cbss.impt.hub.client.model.InformationType;
import eu.cbss.impt.hub.client.model.Problem;
import eu.cbss.impt.hub.client.model.ReviewStatus;
import eu.cbss.impt.hub.client.model.Sex;
import eu.cbss.impt.hub.client.model.SignalRequest;
import eu.cbss.impt.hub.client.model.SignalView;
import eu.cbss.impt.hub.client.model.SourceType;
import eu.cbss.impt.hub.testing.DeployedApi;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated at build time from the committed docs/openapi.yaml (openapi-generator,
 * library native, as the README tells integrators) works against the deployed API: it files a signal,
 * reads it back and understands a refusal as a problem.
 */
class GeneratedClientIT extends DeployedApi {

    private ApiClient client(String user) {
        ApiClient client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                base.toString().replaceAll("/+$", ""));
        String token = eu.cbss.impt.hub.testing.ApiClient.token(user);
        return client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private static SignalRequest signal() {
        return new SignalRequest()
                .externalRef("IT-client-" + UUID.randomUUID())
                .grade(Grade.ANECDOTAL)
                .sourceType(SourceType.PROFESSIONAL_OBSERVATION)
                .informationType(InformationType.INCIDENT_OR_NARRATIVE)
                .concerns(Set.of(Concern.BEGGING))
                .childSituation(ChildSituation.SUSPECTED_VICTIM)
                .region("EE001")
                .occurredFrom(LocalDate.of(2026, 10, 1))
                .childrenCount(1)
                .children(List.of(new ChildRequest().sex(Sex.F).age(14).citizenship("RO")
                        .identifiers(new ChildIdentifiers().givenName("Ionela").familyName("Zamfirescu")
                                .dateOfBirth(LocalDate.of(2012, 3, 5)))))
                .narrative("A girl seen begging at the station every weekend.");
    }

    @Test
    void aClientGeneratedFromTheDescriptionFilesReadsAndUnderstandsProblems() throws Exception {
        ApiClient client = client("worker1");
        SignalsApi signals = new SignalsApi(client);

        SignalView filed = signals.fileSignal(signal());
        assertTrue(filed.getReference().matches("S-\\d{4}-\\d{6}"), filed.getReference());
        assertEquals(ReviewStatus.SUBMITTED, filed.getReviewStatus());

        SignalView read = signals.getSignal(filed.getId());
        assertEquals(filed.getReference(), read.getReference());
        assertEquals(Grade.ANECDOTAL, read.getGrade());
        assertEquals(List.of(Concern.BEGGING), read.getConcerns());
        assertEquals(LocalDate.of(2026, 10, 1), read.getOccurredFrom());
        assertEquals("A girl seen begging at the station every weekend.", read.getNarrative());
        assertEquals(1, read.getChildren().size());
        assertTrue(read.getChildren().get(0).getLinkable());
        assertNull(read.getOccurredTo());

        ApiException refused = assertThrows(ApiException.class, () -> signals.fileSignal(signal().region("Tallinn")));
        assertEquals(400, refused.getCode());
        assertFalse(refused.getResponseBody().contains("Zamfirescu"), "a problem never echoes identifiers");
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertEquals(List.of("region"), problem.getErrors().stream().map(FieldError::getField).toList());
        assertEquals("invalid-input", problem.getCode(), "every problem names itself by a stable code");
        assertEquals("urn:impt-hub:problem:invalid-input", problem.getType());
    }
}
