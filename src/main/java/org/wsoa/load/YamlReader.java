package org.wsoa.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.SourceRef;

/**
 * Reads one YAML file into a located {@link Node} tree. Syntax errors and duplicate keys are
 * reported as diagnostics rather than thrown, so that one run reports every file's problems.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String file;
    private final List<Diagnostic> diagnostics;

    YamlReader(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The document's root node, or null if the file is empty or not valid YAML (then reported). */
    Node read(String content) {
        try (YAMLParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = readValue(parser);
            if (parser.nextToken() != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, at(parser.currentTokenLocation()),
                        "this file holds more than one YAML document",
                        "remove the `---` line: a plan file is one document"));
            }
            return root;
        } catch (StreamReadException e) {
            diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, at(e.getLocation()),
                    "this is not valid YAML: " + problem(e),
                    "check the indentation and that text containing `: ` or `#` is in quotes"));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, SourceRef.file(file),
                    "could not read the file: " + e.getMessage(), null));
            return null;
        }
    }

    private Node readValue(YAMLParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        SourceRef at = at(parser.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> readMapping(parser, at);
            case START_ARRAY -> readSequence(parser, at);
            case VALUE_STRING -> new Node.Scalar(parser.getText(), Node.ScalarType.STRING, at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Scalar(parser.getText(), Node.ScalarType.NUMBER, at);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(parser.getText(), Node.ScalarType.BOOLEAN, at);
            case VALUE_NULL -> new Node.Scalar(null, Node.ScalarType.NULL, at);
            default -> new Node.Scalar(parser.getText(), Node.ScalarType.STRING, at);
        };
    }

    private Node.Mapping readMapping(YAMLParser parser, SourceRef at) throws IOException {
        Map<String, Node.Key> keys = new LinkedHashMap<>();
        Map<String, Node> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            SourceRef keyAt = at(parser.currentTokenLocation());
            parser.nextToken();
            Node value = readValue(parser);
            Node.Key earlier = keys.get(name);
            if (earlier != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.DUPLICATE_KEY, keyAt,
                        "the key `" + name + "` appears twice in this mapping (first at line " + earlier.at().line()
                                + "); YAML keeps only one of them",
                        "remove one of the two, or merge them"));
                continue;
            }
            keys.put(name, new Node.Key(name, keyAt));
            values.put(name, value);
        }
        return new Node.Mapping(keys, values, at);
    }

    private Node.Sequence readSequence(YAMLParser parser, SourceRef at) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser));
        }
        return new Node.Sequence(items, at);
    }

    private SourceRef at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceRef.file(file);
        }
        return new SourceRef(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML's own words for the problem ("mapping values are not allowed here"), when it has them. */
    private static String problem(StreamReadException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblem() != null) {
            String problem = marked.getProblem().replace("<block end>", "the end of the block")
                    .replace("'<block mapping start>'", "a key at a different indentation");
            return marked.getContext() == null ? problem : problem + " (" + marked.getContext() + ")";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.isEmpty() ? "unexpected content" : line;
    }
}
