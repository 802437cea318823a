package eu.cbss.impt.hub.cluster;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be null. EclipseLink's own UUID conversion fails on a null value, so the
 * nullable ones pass PostgreSQL's {@code java.util.UUID} through as it is.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }
}
