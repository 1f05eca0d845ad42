package dev.workshops.support.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An entity as a JSON object keyed by its column names, for a database function that writes the row itself
 * (PostgreSQL's {@code jsonb_populate_record}). A column is named after its field in snake case, the naming
 * every entity's mapping follows, so the names are written once: in the entity.
 */
@ApplicationScoped
public class EntityRows {

    private final ObjectMapper columns;

    public EntityRows(ObjectMapper json) {
        this.columns = json.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    public JsonObject of(Object entity) {
        try {
            return new JsonObject(columns.writeValueAsString(entity));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("entity cannot be written as a row", e);
        }
    }
}
