package org.wsoa.load;

import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Board;
import org.wsoa.model.Body;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Ref;
import org.wsoa.model.SourceRef;

/**
 * Reads {@code governance.yaml}: the boards, which of them oversees the plan, the committees and bodies
 * without a chair, and the monitoring schedule.
 */
final class GovernanceYaml {

    record Governance(Ref oversight, List<Board> boards, List<Body> bodies, List<Monitoring> monitoring) {
    }

    private final List<Diagnostic> diagnostics;

    GovernanceYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Governance read(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "governance.yaml", diagnostics);
        Ref oversight = file.ref("oversight", true);
        List<Board> boards = file.list("boards", true, node -> {
            MappingReader board = MappingReader.of(node, fileAt, "a board", diagnostics);
            String id = board.elementId("id", true);
            board = board.named(id == null ? "a board" : "board " + id, id);
            Board read = new Board(id, board.text("name", true), board.text("short-name", false),
                    board.text("purpose", false), board.ref("chair", true), board.refs("members"), board.text("meets", false),
                    board.ref("reports-to", false), board.at());
            board.finish();
            return read;
        });
        List<Body> bodies = file.list("bodies", false, node -> {
            MappingReader body = MappingReader.of(node, fileAt, "a body", diagnostics);
            String id = body.elementId("id", true);
            body = body.named(id == null ? "a body" : "body " + id, id);
            Body read = new Body(id, body.text("name", true), body.text("purpose", false),
                    body.ref("organisation", false), body.at());
            body.finish();
            return read;
        });
        List<Monitoring> monitoring = file.list("monitoring", false, node -> {
            MappingReader line = MappingReader.of(node, fileAt, "a line of the monitoring schedule", diagnostics);
            Monitoring read = new Monitoring(line.text("what", true), line.refs("to"), line.text("frequency", true),
                    line.ref("by", false), line.at());
            line.finish();
            return read;
        });
        file.finish();
        return new Governance(oversight, boards, bodies, monitoring);
    }
}
