package dev.workshops.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Grafana dashboards of {@code deploy/grafana/dashboards}, read as Grafana reads them. */
final class Dashboards {

    static final Path DIRECTORY = Path.of("..", "deploy", "grafana", "dashboards");
    static final List<String> FILES = List.of("workshop-live.json", "platform-health.json", "call-and-review.json");

    /** Every metric is written with a selector, so a name followed by '{' is a metric name. */
    private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    /** One query of one panel. */
    record PanelQuery(String dashboard, String panel, String expr) {

        Set<String> metrics() {
            Set<String> names = new LinkedHashSet<>();
            Matcher matcher = METRIC.matcher(expr);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The query as Grafana would send it, with the dashboard's variables and Grafana's own ones filled in. */
        String resolved(String workshop) {
            return expr.replace("$workshop", workshop).replace("$service", ".+-service")
                    .replace("$__rate_interval", "30s").replace("$__range", "1h");
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel;
        }
    }

    private Dashboards() {
    }

    static JsonNode read(String file) {
        try {
            return Api.JSON.readTree(Files.readString(DIRECTORY.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PanelQuery> queries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (String file : FILES) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : dashboard.path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new PanelQuery(dashboard.path("title").asText(), panel.path("title").asText(), target.path("expr").asText()));
                }
            }
        }
        return queries;
    }
}
