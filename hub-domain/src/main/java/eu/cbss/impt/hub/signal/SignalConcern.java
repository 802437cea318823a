package eu.cbss.impt.hub.signal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One concern of a signal. An entity rather than an element collection so that EclipseLink
 * writes the concerns of many signals in one JDBC batch (an element collection's rows are written
 * right after each owner, which breaks a bulk import's batches into single statements).
 */
@Entity
@Table(name = "signal_concern")
@IdClass(SignalConcern.Key.class)
public class SignalConcern {

    @Id
    @ManyToOne
    @JoinColumn(name = "signal_id")
    private Signal signal;

    @Id
    @Enumerated(EnumType.STRING)
    private Concern concern;

    protected SignalConcern() {
    }

    SignalConcern(Signal signal, Concern concern) {
        this.signal = signal;
        this.concern = concern;
    }

    public Concern concern() {
        return concern;
    }

    /** The primary key: the signal's id and the concern. */
    public static class Key implements Serializable {
        private UUID signal;
        private Concern concern;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(signal, k.signal) && concern == k.concern;
        }

        @Override
        public int hashCode() {
            return Objects.hash(signal, concern);
        }
    }
}
