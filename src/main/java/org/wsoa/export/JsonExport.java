package org.wsoa.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wsoa.model.Contact;
import org.wsoa.model.EnquiryContact;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The export as one JSON file, described by docs/schema/export.schema.json: the plan and its
 * reporting point, then each table as a list of objects whose keys are the CSV's columns.
 */
public final class JsonExport {

    /** The schema's version; it changes only when a key changes meaning or goes. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** Indented two spaces, with the same line ends on every system. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonExport() {
    }

    public static byte[] write(ResolvedPlan resolved) {
        Plan plan = resolved.plan();
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode about = root.putObject("plan");
        about.put("title", plan.displayTitle());
        about.put("area", plan.area() == null ? null : plan.area().value());
        about.put("kind", plan.kind() == null ? null : plan.kind().code());
        about.put("version", plan.version() == null ? null : plan.version().value());
        contact(about, resolved);
        root.put("asOf", resolved.progress().asOf() == null ? null : resolved.progress().asOf().toString());
        ProgressReport latest = resolved.progress().latest();
        root.put("latestFile", latest == null ? null : latest.file());
        ExportTables tables = new ExportTables(resolved);
        for (Table table : tables.all()) {
            rows(root.putArray(key(table.name())), table);
        }
        try {
            return (JSON.writer(PRETTY).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan's contact for enquiries as its cover prints it: a person (name and role) with their contact, or the address written. */
    private static void contact(ObjectNode about, ResolvedPlan resolved) {
        EnquiryContact enquiries = resolved.plan().contact();
        if (enquiries == null) {
            about.putNull("contact");
            return;
        }
        Person person = resolved.person(enquiries.person());
        Contact contact = person != null ? person.contact() : enquiries.address();
        ObjectNode node = about.putObject("contact");
        node.put("name", person != null ? text(person.name()) + (text(person.role()) == null ? "" : ", " + text(person.role()))
                : contact == null ? null : text(contact.name()));
        node.put("email", contact == null ? null : text(contact.email()));
        node.put("phone", contact == null ? null : text(contact.phone()));
    }

    private static String text(Text text) {
        return text == null || text.isBlank() ? null : text.value().strip();
    }

    /** "kpi-actuals" as a JSON key: kpiActuals. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    private static void rows(ArrayNode array, Table table) {
        List<String> columns = table.columns();
        for (List<Object> row : table.rows()) {
            ObjectNode object = array.addObject();
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.get(i);
                String column = columns.get(i);
                if (value == null) {
                    object.putNull(column);
                } else if (value instanceof BigDecimal number) {
                    object.put(column, number);
                } else if (value instanceof Integer number) {
                    object.put(column, number);
                } else if (value instanceof Long number) {
                    object.put(column, number);
                } else if (value instanceof Boolean flag) {
                    object.put(column, flag);
                } else {
                    object.put(column, value.toString());
                }
            }
        }
    }
}
