package eu.cbss.impt.hub.web.vocabulary;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.cbss.impt.hub.web.api.HubApi;

/**
 * The vocabulary is the same for every user of a hub: fetched with the first user's token and
 * kept for a while. A failed fetch is not cached.
 */
@ApplicationScoped
public class VocabularyCache {

    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(15);

    @Inject
    HubApi api;

    private volatile Vocabulary vocabulary;
    private volatile Instant fetchedAt = Instant.EPOCH;

    /** @throws eu.cbss.impt.hub.web.api.ApiProblem when the API cannot give it */
    public Vocabulary get() {
        Vocabulary current = vocabulary;
        if (current != null && fetchedAt.plus(TIME_TO_LIVE).isAfter(Instant.now())) {
            return current;
        }
        Vocabulary fresh = Vocabulary.from(api.get("v1/vocabulary"));
        vocabulary = fresh;
        fetchedAt = Instant.now();
        return fresh;
    }
}
