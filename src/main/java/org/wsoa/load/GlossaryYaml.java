package org.wsoa.load;

import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.model.SourceRef;

/** Reads {@code glossary.yaml}: the terms and their meanings. */
final class GlossaryYaml {

    private final List<Diagnostic> diagnostics;

    GlossaryYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<GlossaryTerm> read(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "glossary.yaml", diagnostics);
        List<GlossaryTerm> terms = file.list("terms", true, node -> {
            MappingReader term = MappingReader.of(node, fileAt, "a glossary term", diagnostics);
            String name = term.id("term", true);
            if (name != null && name.length() > InputLimits.MAX_TERM_LENGTH) {
                diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, term.at("term"), "`term` in a glossary term should be"
                        + " an acronym or a short phrase of at most " + InputLimits.MAX_TERM_LENGTH
                        + " characters, but it is the text `" + Excerpt.of(name) + "`", null));
                name = null;
            }
            MappingReader t = term.named(name == null ? "a glossary term" : "glossary term " + name, name);
            GlossaryTerm read = new GlossaryTerm(name, t.text("meaning", true), t.at());
            t.finish();
            return read;
        });
        file.finish();
        return terms;
    }
}
