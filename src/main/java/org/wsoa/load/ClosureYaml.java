package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Closure;
import org.wsoa.model.Destination;
import org.wsoa.model.OutstandingAction;
import org.wsoa.model.Ref;
import org.wsoa.model.SourceRef;

/**
 * Reads {@code closure.yaml}: when the plan closed, what it achieved, and a block for each action not
 * complete, keyed by its ID as in the progress files, saying where it goes and who owns it.
 */
final class ClosureYaml {

    private final List<Diagnostic> diagnostics;

    ClosureYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Closure read(Node root, SourceRef fileAt) {
        MappingReader closure = MappingReader.of(root, fileAt, "closure.yaml", diagnostics);
        boolean listed = closure.has("outstanding");
        MappingReader outstanding = closure.mapping("outstanding", "the outstanding actions", false);
        List<OutstandingAction> actions = new ArrayList<>();
        for (Map.Entry<Node.Key, Node> entry : outstanding.entries()) {
            Node.Key key = entry.getKey();
            Ref action = new Ref(key.name(), key.at());
            String what = "the outstanding action " + action.id();
            Node node = entry.getValue();
            MappingReader block = MappingReader.of(node, node == null ? key.at() : node.at(), what, diagnostics)
                    .named(what, action.id());
            actions.add(new OutstandingAction(action,
                    block.choice("destination", false, Destination.values(), Destination::code),
                    block.ref("owner", false), block.text("note", false), key.at()));
            block.finish();
        }
        outstanding.finish();
        Closure read = new Closure(closure.date("date", true), closure.text("summary", true),
                closure.texts("benefits"), closure.texts("learning"), actions,
                listed ? closure.at("outstanding") : closure.at(), closure.at());
        closure.finish();
        return read;
    }
}
