package org.wsoa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.SourceRef;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * Issue 10, point 7: whatever a plan's text holds, the machine formats are valid UTF-8 JSON and
 * XML, and the formats people read show control characters as escapes.
 */
class OddCharactersTest {

    private static final String DIRECTORY = "plans/café-ü";
    /** An escape sequence that would turn a terminal red, U+FFFE, half a surrogate pair, a right-to-left override, NUL. */
    private static final String ODD = "lead `a\u001b[31mmörgan\uFFFE\uD800\u202E日本` \u0000is not a person";

    private static Validation validation() {
        Diagnostic d = new Diagnostic(new SourceRef(DIRECTORY + "/weaknesses/w1.yaml", 3, 7), "unknown-reference",
                Severity.ERROR, ODD, "use\tan ID \u0007from people.yaml", "W1.1");
        return new Validation(DIRECTORY, null, List.of(new Finding(d, null)), 9);
    }

    private static byte[] report(String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // As Main writes: UTF-8 whatever the console's charset.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        Reports.named(format, false, CheckRegistry.standard()).write(List.of(validation()), List.of(), false, out);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void jsonIsValidAndKeepsTheText() throws Exception {
        JsonNode finding = new ObjectMapper().readTree(report("json")).at("/plans/0/findings/0");

        assertThat(finding.get("file").asText()).isEqualTo(DIRECTORY + "/weaknesses/w1.yaml");
        // Half a surrogate pair cannot be written as UTF-8; it becomes a question mark.
        assertThat(finding.get("message").asText()).isEqualTo(ODD.replace('\uD800', '?'));
    }

    @Test
    void sarifIsValidAndKeepsTheText() throws Exception {
        JsonNode result = new ObjectMapper().readTree(report("sarif")).at("/runs/0/results/0");

        assertThat(result.at("/message/text").asText()).startsWith(ODD.replace('\uD800', '?'));
        // A URI relative to the working directory, its letters outside ASCII percent-encoded as UTF-8.
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("plans/caf%C3%A9-%C3%BC/weaknesses/w1.yaml");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void junitIsWellFormedXmlWithWhatXmlCannotHoldReplaced() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(report("junit")));

        assertThat(xml.getDocumentElement().getElementsByTagName("testsuite").item(0).getAttributes()
                .getNamedItem("name").getNodeValue()).isEqualTo(DIRECTORY);
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
                .contains("lead `a\uFFFD[31mmörgan\uFFFD\uFFFD\u202E日本` \uFFFDis not a person");
    }

    @Test
    void textShowsControlCharactersAsEscapes() {
        String text = new String(report("text"), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo(DIRECTORY + "/weaknesses/w1.yaml:3:7: error[unknown-reference]: lead"
                + " `a\\u001B[31mmörgan\uFFFE\\uD800\\u202E日本` \\u0000is not a person" + System.lineSeparator()
                + "    hint: use\\u0009an ID \\u0007from people.yaml" + System.lineSeparator()
                + DIRECTORY + ": 1 error, 0 warnings in 9 files" + System.lineSeparator());
    }

    @Test
    void githubAnnotationsShowControlCharactersAsEscapes() {
        String text = new String(report("github"), StandardCharsets.UTF_8);

        assertThat(text).startsWith("::error file=" + DIRECTORY + "/weaknesses/w1.yaml,line=3,col=7,title=wsoa"
                + " unknown-reference::lead `a\\u001B[31mmörgan\uFFFE\\uD800\\u202E日本` \\u0000is not a person"
                + "%0Ause\\u0009an ID \\u0007from people.yaml" + System.lineSeparator());
    }
}
