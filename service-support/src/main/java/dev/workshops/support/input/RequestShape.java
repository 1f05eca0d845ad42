package dev.workshops.support.input;

import dev.workshops.limits.BodyLimits;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.RouteAnswers;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a request must look like before any resource reads it, each refusal a problem naming what is wrong: a URI
 * of at most {@code workshop.http.max-uri-length} (414), headers of at most {@code workshop.http.max-header-size}
 * together (431), a body of declared length (411) unless its route takes large bodies (request-limits'
 * {@link BodyLimits}, which also refuses a body over its route's limit, with 413), a URI whose percent-encoding is well
 * formed UTF-8 (400), and {@code Content-Type} and {@code Accept} headers that are media types (400).
 *
 * <p>Checked here rather than left to the HTTP layer because that layer answers these with an empty body (and
 * some of them, past the resource layer, with a 500). The HTTP codec keeps its own, much higher, ceilings
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}): past those, and for a request line
 * it cannot parse, it still answers 414, 431 or 400 without a body, as Quarkus offers no hook for the codec's
 * refusals.
 */
@ApplicationScoped
public class RequestShape {

    /** RFC 9110's media type: {@code type/subtype} and {@code ; name=value} parameters (a value a token or quoted). */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*");
    private static final Pattern WEIGHT = Pattern.compile(";\\s*[qQ]=([^;\\s]*)");

    /** Before every other filter: nothing should read a request refused here. */
    private static final int FIRST = 10_000;

    private final RouteAnswers answers;
    private final long maxUriLength;
    private final long maxHeaderSize;
    private final BodyLimits bodyLimits;

    public RequestShape(RouteAnswers answers,
            @ConfigProperty(name = "workshop.http.max-uri-length") MemorySize maxUriLength,
            @ConfigProperty(name = "workshop.http.max-header-size") MemorySize maxHeaderSize,
            BodyLimits bodyLimits) {
        this.answers = answers;
        this.maxUriLength = maxUriLength.asLongValue();
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.bodyLimits = bodyLimits;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FIRST);
    }

    private void check(RoutingContext context) {
        Problem problem = problemWith(context.request());
        if (problem == null) {
            context.next();
        } else {
            // The body of a refused request is never read: closing is the way not to read it.
            answers.problem(context, problem, true);
        }
    }

    private Problem problemWith(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            return Problem.of(414, "URI Too Long", "The request URI is longer than " + BodyLimits.inWords(maxUriLength) + ".");
        }
        if (sizeOf(request.headers()) > maxHeaderSize) {
            return Problem.of(431, "Request Header Fields Too Large",
                    "The request headers are larger than " + BodyLimits.inWords(maxHeaderSize) + " together.");
        }
        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && !bodyLimits.takesLargeBody(request)) {
            // The HTTP layer would notice an oversized body of unknown length only while reading it, and then answer
            // without a body: a small body's length is asked for up front. A large one (an upload) is counted as it
            // streams, by its resource, which answers with a problem.
            return Problem.of(411, "Length Required", "Send the request body with a Content-Length (at most "
                    + BodyLimits.inWords(bodyLimits.limitFor(request)) + "), not in chunks.");
        }
        if (!isWellFormed(uri)) {
            return Problem.of(400, "Bad Request", "The request URI is malformed: " + MALFORMED_URI_HINT);
        }
        if (!isWellEncoded(uri)) {
            return Problem.of(400, "Bad Request", "The request URI is not valid percent-encoding of UTF-8 text: "
                    + MALFORMED_URI_HINT);
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isMediaType(contentType)) {
            return Problem.of(400, "Bad Request", "The Content-Type header is not a media type, e.g. application/json.");
        }
        for (String accept : request.headers().getAll(HttpHeaders.ACCEPT)) {
            if (!isMediaRangeList(accept)) {
                return Problem.of(400, "Bad Request",
                        "The Accept header is not a list of media ranges, e.g. application/json, */*;q=0.5.");
            }
        }
        return null;
    }

    private static final String MALFORMED_URI_HINT =
            "each % starts two hex digits, and characters such as spaces, quotes and braces are percent-encoded.";

    /** What Quarkus's root handler checked before {@link UriCheckHandover} gave the check to this class. */
    private static boolean isWellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long sizeOf(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
    }

    /** Each {@code %} starts two hex digits, and the bytes they make, with the rest, are UTF-8. */
    static boolean isWellEncoded(String uri) {
        if (uri.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return false;
            }
            bytes.write(Character.digit(uri.charAt(i + 1), 16) * 16 + Character.digit(uri.charAt(i + 2), 16));
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isMediaType(String value) {
        return MEDIA_TYPE.matcher(value.strip()).matches();
    }

    private static boolean isMediaRangeList(String value) {
        for (String range : value.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            Matcher weight = WEIGHT.matcher(range);
            if (!isMediaType(range) || weight.find() && !isWeight(weight.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110's qvalue: 0 to 1 with at most three decimals. */
    private static boolean isWeight(String weight) {
        return weight.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    }

}
