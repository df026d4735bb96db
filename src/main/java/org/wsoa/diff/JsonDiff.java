package org.wsoa.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A diff for scripts, as docs/schema/diff.schema.json describes it: dates as ISO dates, references with ID and name. */
final class JsonDiff implements DiffFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    @Override
    public void write(PlanDiff diff, PrintWriter out) {
        ObjectNode root = NODES.objectNode();
        root.put("from", diff.from());
        root.put("to", diff.to());
        root.put("title", diff.title());
        root.put("changes", diff.count());
        root.set("plan", fields(diff.plan()));
        root.set("organisations", elements(diff.organisations(), false));
        root.set("people", elements(diff.people(), false));
        root.set("boards", elements(diff.boards(), false));
        root.set("bodies", elements(diff.bodies(), false));
        root.set("monitoring", elements(diff.monitoring(), false));
        root.set("risks", elements(diff.risks(), false));
        root.set("resources", elements(diff.resources(), false));
        ArrayNode areas = root.putArray("areas");
        for (AreaChange area : diff.areas()) {
            ObjectNode node = areas.addObject();
            node.put("id", area.id());
            node.put("title", area.title());
            if (area.kind() == null) {
                node.putNull("change");
            } else {
                node.put("change", area.kind().word());
            }
            node.set("fields", fields(area.fields()));
            node.set("actions", elements(area.actions(), false));
            node.set("kpis", elements(area.kpis(), true));
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param kpis whether these are KPIs, which say whether they were retargeted */
    private static ArrayNode elements(List<ElementChange> elements, boolean kpis) {
        ArrayNode array = NODES.arrayNode();
        for (ElementChange element : elements) {
            ObjectNode node = array.addObject();
            node.put("id", element.id());
            node.put("name", element.name());
            node.put("change", element.kind().word());
            if (kpis) {
                node.put("retargeted", element.retargeted());
            }
            node.set("fields", fields(element.fields()));
        }
        return array;
    }

    private static ArrayNode fields(List<FieldChange> changes) {
        ArrayNode array = NODES.arrayNode();
        for (FieldChange change : changes) {
            ObjectNode node = array.addObject();
            node.put("field", change.field().id());
            node.set("before", value(change.before()));
            node.set("after", value(change.after()));
        }
        return array;
    }

    private static JsonNode value(Value value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Value.Words words) {
            return NODES.textNode(Shown.of(words));
        }
        if (value instanceof Value.Day day) {
            return NODES.textNode(day.date().toString());
        }
        if (value instanceof Value.Named named) {
            return NODES.objectNode().put("id", named.id()).put("name", named.name());
        }
        if (value instanceof Value.Figure figure) {
            ObjectNode node = NODES.objectNode();
            node.put("value", figure.value());
            if (figure.unit() == null) {
                node.putNull("unit");
            } else {
                node.put("unit", figure.unit());
            }
            if (figure.date() == null) {
                node.putNull("date");
            } else {
                node.put("date", figure.date().toString());
            }
            return node;
        }
        ArrayNode items = NODES.arrayNode();
        ((Value.Several) value).items().forEach(item -> items.add(value(item)));
        return items;
    }
}
