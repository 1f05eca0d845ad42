package dev.workshops.support.input;

import dev.workshops.support.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A true-or-false parameter is {@code true} or {@code false}: JAX-RS reads any other word as false, so
 * {@code ?unread=yes} would silently list everything. Anything else is a 400 naming the parameter.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return rawType == boolean.class ? Boolean.FALSE : null;
                }
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(value);
                }
                throw ProblemException.invalid(name, "must be true or false");
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }
}
