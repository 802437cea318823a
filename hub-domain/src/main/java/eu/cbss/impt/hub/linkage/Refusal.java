package eu.cbss.impt.hub.linkage;

import java.util.UUID;

/**
 * A pair that met the linkage rule (equal token or Dice at or above the threshold) but was not
 * linked, and why. Coordinators may want to look at them; nothing is decided from them later.
 */
public record Refusal(UUID record, UUID candidate, double similarity, Reason reason) {

    public enum Reason {
        /** Two children of one signal are two children. */
        SAME_SIGNAL,
        /**
         * The clusters already hold a child each of one signal, so joining them would match a child of
         * one signal with two children of another (one-to-one matching between signals).
         */
        ONE_TO_ONE,
        /** A coordinator said the clusters are not the same child. */
        NOT_THE_SAME_CHILD,
        /**
         * Some record of one cluster is too unlike some record of the other (Dice below the cohesion):
         * the link would chain two children together through a record that resembles both.
         */
        NOT_COHESIVE,
        /**
         * A record of one cluster and a record of the other carry different ID numbers: one child has
         * one ID number, so they are two children, however alike their names and dates of birth.
         */
        DIFFERENT_ID_NUMBER,
        /**
         * Many records look like one of the two (a common name in one birth year), and their filters
         * differ by more than a typo makes them differ: as likely another child of that name as this
         * one, so not linked without a coordinator.
         */
        AMBIGUOUS,
        /** Below the threshold but within the review band ({@link LinkageSettings#REVIEW_BAND}): not linked, worth a look. */
        BELOW_THRESHOLD;

        /** Whether a coordinator should look at such a pair: the engine could not tell, a person may. */
        public boolean nearMiss() {
            return this == AMBIGUOUS || this == DIFFERENT_ID_NUMBER || this == NOT_COHESIVE || this == BELOW_THRESHOLD;
        }
    }
}
