package dev.workshops.support.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An entity as the text of a JSON object keyed by its column names, for a database function that writes the row
 * itself (PostgreSQL's {@code jsonb_populate_record}; pass it as {@code $n::text::jsonb}: the client would send a
 * Java string for a {@code jsonb} parameter as a JSON string). A column is named after its field in snake case,
 * the naming every entity's mapping follows, so the names are written once: in the entity. Text, not a parsed
 * object, because the row goes straight to the database: written once, never read back in the service.
 */
@ApplicationScoped
public class EntityRows {

    private final ObjectMapper columns;

    public EntityRows(ObjectMapper json) {
        this.columns = json.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    public String of(Object entity) {
        try {
            return columns.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entity cannot be written as a row", e);
        }
    }
}
