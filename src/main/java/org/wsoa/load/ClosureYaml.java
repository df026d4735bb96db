package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Closure;
import org.wsoa.model.Dated;
import org.wsoa.model.Destination;
import org.wsoa.model.OutstandingAction;
import org.wsoa.model.Ref;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;
import org.wsoa.model.Undecided;

/**
 * Reads {@code closure.yaml}: when the plan closed and which board agreed it, what it achieved, and a
 * block for each action not complete, keyed by its ID as in the progress files, saying where it goes
 * and who owns it. Whether every such action has its block is the closure check's to say, not the
 * loader's: only the resolved progress knows which actions are complete.
 */
final class ClosureYaml {

    private final List<Diagnostic> diagnostics;

    ClosureYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Closure read(Node root, SourceRef fileAt) {
        // The day it closed may be a placeholder still to decide, as `wsoa close --start` writes it.
        List<Undecided> undecided = new ArrayList<>();
        MappingReader closure = MappingReader.allowingPlaceholders(root, fileAt, "closure.yaml", diagnostics,
                undecided);
        Dated date = closure.date("date", true);
        Ref agreedBy = closure.ref("agreed-by", false);
        Text summary = closure.text("summary", true);
        List<Text> benefits = closure.texts("benefits");
        List<Text> learning = closure.texts("learning");
        SourceRef outstandingAt = closure.keyAt("outstanding");
        MappingReader outstanding = closure.mapping("outstanding", "the outstanding actions", false);
        List<OutstandingAction> actions = new ArrayList<>();
        for (Map.Entry<Node.Key, Node> entry : outstanding.entries()) {
            actions.add(outstandingAction(entry.getKey(), entry.getValue()));
        }
        outstanding.finish();
        closure.finish();
        return new Closure(date, agreedBy, summary, benefits, learning, actions, undecided, outstandingAt,
                closure.at());
    }

    private OutstandingAction outstandingAction(Node.Key key, Node node) {
        Ref action = new Ref(key.name(), key.at());
        String what = "the outstanding action " + action.id();
        MappingReader block = MappingReader.of(node, node == null ? key.at() : node.at(), what, diagnostics)
                .named(what, action.id());
        OutstandingAction read = new OutstandingAction(action,
                block.choice("destination", false, Destination.values(), Destination::code),
                block.ref("owner", false), block.text("note", false), key.at());
        block.finish();
        return read;
    }
}
