package dev.workshops.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * Reads JSON as written, never as guessed: an enum is its name (not its number), a whole number is whole (1.5 is
 * not 1), a body ends where its value ends, a key appears once, a date's year has four digits, and a text holds
 * neither NUL nor half of a surrogate pair (PostgreSQL refuses the first and stores the second as {@code ?}). Each
 * refusal names its field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus's own customizer, which registers the java.time module these date readers replace. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("strict-input")
                .addDeserializer(String.class, new CleanText())
                .addDeserializer(Instant.class, new FourDigitYear<>(InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class, new FourDigitYear<>(InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(ZonedDateTime.class, new FourDigitYear<>(InstantDeserializer.ZONED_DATE_TIME))
                .addDeserializer(LocalDate.class, new FourDigitYear<>(LocalDateDeserializer.INSTANCE))
                .addDeserializer(LocalDateTime.class, new FourDigitYear<>(LocalDateTimeDeserializer.INSTANCE)));
    }

    /**
     * Dates from year 1 to 9999, what ISO-8601 writes without a sign: Java reads years up to ±999,999,999, which
     * the database cannot store.
     */
    static final class FourDigitYear<T extends Temporal> extends StdDeserializer<T> {

        private final JsonDeserializer<T> dates;

        @SuppressWarnings("unchecked")
        FourDigitYear(JsonDeserializer<? extends T> dates) {
            super(dates.handledType());
            this.dates = (JsonDeserializer<T>) dates;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T date = dates.deserialize(parser, context);
            if (date != null) {
                int year = date instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                        : date.get(ChronoField.YEAR);
                if (year < 1 || year > 9999) {
                    throw JsonMappingException.from(parser, "must be a date between the years 1 and 9999");
                }
            }
            return date;
        }
    }

    /** Strings without characters a database cannot keep as given. */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = TextRules.problemWith(text);
            if (problem != null) {
                // A plain mapping failure: Jackson adds the field's path, and the problem mapper names it.
                throw JsonMappingException.from(parser, problem);
            }
            return text;
        }
    }
}
