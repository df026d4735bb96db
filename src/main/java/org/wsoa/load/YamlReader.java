package org.wsoa.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.SourceRef;

/**
 * Reads one YAML file into a located {@link Node} tree. Syntax errors and duplicate keys are
 * reported as diagnostics rather than thrown, so that one run reports every file's problems.
 *
 * <p>Plans need only plain YAML, so what they do not need is refused: anchors and aliases (which
 * the parser would hand on as the anchor's name), nesting deeper than {@link InputLimits#MAX_YAML_DEPTH}
 * (the reader recurses, one level per level of nesting), and in any text, characters that cannot be
 * printed and Markdown nested deeper than {@link InputLimits#MAX_MARKDOWN_DEPTH}.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = factory();

    private final String file;
    private final List<Diagnostic> diagnostics;

    YamlReader(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        // No file the loader reads is longer than this; the parser's own default is larger.
        options.setCodePointLimit(InputLimits.MAX_FILE_BYTES);
        // The reader stops at its own, lower, depth with a clearer message; this is a second guard.
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(InputLimits.MAX_YAML_DEPTH * 2).build())
                .build();
    }

    /** Stops reading a file that uses what plans do not need; already reported. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    /** The document's root node, or null if the file is empty or not valid YAML (then reported). */
    Node read(String content) {
        try (YAMLParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = readValue(parser, 1);
            if (parser.nextToken() != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, at(parser.currentTokenLocation()),
                        "this file holds more than one YAML document",
                        "remove the `---` line: a plan file is one document"));
            }
            return root;
        } catch (StreamReadException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                diagnostics.add(YamlSyntaxMessage.of(file, content, marked));
            } else {
                diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, at(e.getLocation()),
                        "this is not valid YAML: " + Excerpt.of(firstLine(e.getOriginalMessage())),
                        YamlSyntaxMessage.GENERAL_HINT));
            }
            return null;
        } catch (Refused e) {
            return null;
        } catch (IOException | YAMLException e) {
            // SnakeYAML may report a problem with its own unchecked exception: still a file it could not read.
            diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, SourceRef.file(file),
                    "this is not valid YAML: " + Excerpt.of(firstLine(e.getMessage())), YamlSyntaxMessage.GENERAL_HINT));
            return null;
        }
    }

    private Node readValue(YAMLParser parser, int depth) throws IOException, Refused {
        JsonToken token = parser.currentToken();
        SourceRef at = at(parser.currentTokenLocation());
        if (parser.isCurrentAlias()) {
            diagnostics.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, at, "`*" + Excerpt.of(parser.getText())
                    + "` is a YAML alias; plan files do not use anchors (`&name`) and aliases (`*name`)",
                    "write the value out in full where the alias is"));
            throw new Refused();
        }
        if (token.isStructStart() && depth > InputLimits.MAX_YAML_DEPTH) {
            diagnostics.add(Diagnostic.of(LoadCheck.LIMITS, at, "mappings and lists nest more than "
                    + InputLimits.MAX_YAML_DEPTH + " deep here; wsoa reads at most " + InputLimits.MAX_YAML_DEPTH
                    + " levels", "a plan file needs six levels at most: check the indentation and the brackets"));
            throw new Refused();
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, at, depth);
            case START_ARRAY -> readSequence(parser, at, depth);
            case VALUE_STRING -> new Node.Scalar(text(parser.getText(), at, true), Node.ScalarType.STRING, at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Scalar(parser.getText(), Node.ScalarType.NUMBER, at);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(parser.getText(), Node.ScalarType.BOOLEAN, at);
            case VALUE_NULL -> new Node.Scalar(null, Node.ScalarType.NULL, at);
            default -> new Node.Scalar(text(parser.getText(), at, true), Node.ScalarType.STRING, at);
        };
    }

    /**
     * A text as the author wrote it, with each character that cannot be printed reported and
     * replaced, so that none reaches a report, a terminal or the published plan; and a value's
     * Markdown checked for nesting that could not be published.
     */
    private String text(String text, SourceRef at, boolean value) {
        if (text == null) {
            return null;
        }
        int bad = Unprintable.find(text, 0);
        if (bad >= 0) {
            diagnostics.add(Diagnostic.of(LoadCheck.CONTROL_CHARACTER, at,
                    "this text holds " + Unprintable.describe(text, bad) + ", which cannot be printed",
                    "remove it; in quoted text, look for an escape such as `\\0`, `\\e` or `\\uD800`"));
            text = Unprintable.replace(text);
        }
        int depth = value ? MarkdownNesting.depth(text, InputLimits.MAX_MARKDOWN_DEPTH) : 0;
        if (depth > InputLimits.MAX_MARKDOWN_DEPTH) {
            diagnostics.add(markdownTooDeep(at));
        } else if (value) {
            Diagnostic shape = badShape(text, at);
            if (shape != null) {
                diagnostics.add(shape);
            }
        }
        return text;
    }

    /** Whether a finding is one of {@link #badShape}'s. */
    static boolean isShape(Diagnostic diagnostic) {
        return diagnostic.ruleId().equals(LoadCheck.LIMITS.id()) && (diagnostic.message().startsWith("a word in this text")
                || diagnostic.message().startsWith("a paragraph in this text"));
    }

    /** The finding for a word or a paragraph too long to publish, or null. */
    static Diagnostic badShape(String text, SourceRef at) {
        String problem = TextShape.problem(text);
        return problem == null ? null : Diagnostic.of(LoadCheck.LIMITS, at, problem,
                "break it up: put spaces in a long word, or shorten a long web address; start a new paragraph with a blank line");
    }

    /** The finding for Markdown nested {@code depth} deep, beyond what can be published. */
    static Diagnostic markdownTooDeep(SourceRef at) {
        return Diagnostic.of(LoadCheck.LIMITS, at, "quotes, lists, emphasis or links in this text nest more than "
                + InputLimits.MAX_MARKDOWN_DEPTH + " levels deep, more than wsoa publishes",
                "flatten it: a plan's text needs two or three levels at most");
    }

    private Node.Mapping readMapping(YAMLParser parser, SourceRef at, int depth) throws IOException, Refused {
        Map<String, Node.Key> keys = new LinkedHashMap<>();
        Map<String, Node> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            SourceRef keyAt = at(parser.currentTokenLocation());
            String name = text(parser.currentName(), keyAt, false);
            parser.nextToken();
            Node value = readValue(parser, depth + 1);
            Node.Key earlier = keys.get(name);
            if (earlier != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.DUPLICATE_KEY, keyAt,
                        "the key `" + Excerpt.of(name) + "` appears twice in this mapping (first at line " + earlier.at().line()
                                + "); YAML keeps only one of them",
                        "remove one of the two, or merge them"));
                continue;
            }
            keys.put(name, new Node.Key(name, keyAt));
            values.put(name, value);
        }
        return new Node.Mapping(keys, values, at);
    }

    private Node.Sequence readSequence(YAMLParser parser, SourceRef at, int depth) throws IOException, Refused {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, depth + 1));
        }
        return new Node.Sequence(items, at);
    }

    private SourceRef at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceRef.file(file);
        }
        return new SourceRef(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.isEmpty() ? "unexpected content" : line;
    }
}
