package org.wsoa.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Plan;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;
import org.wsoa.model.ValidationSettings;
import org.wsoa.model.Weakness;

/**
 * Loads a plan directory into the model. Reads every file even when some are broken, so that one
 * run reports every problem; nothing on disk is ever changed.
 *
 * <p>A plan directory holds {@code plan.yaml}, {@code people.yaml}, {@code governance.yaml}, one
 * file per area of weakness under {@code weaknesses/}, and optionally {@code risks.yaml},
 * {@code resources.yaml}, {@code glossary.yaml}, {@code introduction.md} and
 * {@code statement-of-intent.md}; and, once delivery has begun, one progress file for each reporting
 * point under {@code progress/}; and, when it ends, {@code closure.yaml}.
 */
public final class PlanLoader {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    /** Files that are present but could not be read (or missing, if required): already reported. */
    private final Set<PlanFile> unreadable = EnumSet.noneOf(PlanFile.class);
    /** The paths of the files that are present but could not be read, or required and missing. */
    private final Set<String> unreadableFiles = new TreeSet<>();
    private final Path dir;
    private final PlanFiles planFiles;

    private PlanLoader(Path dir, PlanFiles planFiles) {
        this.dir = dir;
        this.planFiles = planFiles;
    }

    /**
     * Loads the plan in {@code dir}.
     *
     * @throws PlanNotFoundException if {@code dir} is not a readable directory
     */
    public static LoadResult load(Path dir) throws PlanNotFoundException {
        if (!Files.isDirectory(dir)) {
            throw new PlanNotFoundException(Files.exists(dir)
                    ? dir + " is a file, not a plan directory"
                    : "no plan directory at " + dir);
        }
        try {
            return new PlanLoader(dir, new PlanFiles(dir)).load();
        } catch (IOException e) {
            throw new PlanNotFoundException("could not open the plan directory " + dir);
        }
    }

    private LoadResult load() {
        PlanYaml.Header header = new PlanYaml(diagnostics)
                .read(required(PlanFile.PLAN), at(PlanFile.PLAN), unreadable.contains(PlanFile.PLAN));
        PeopleYaml.People people = new PeopleYaml(diagnostics).read(required(PlanFile.PEOPLE), at(PlanFile.PEOPLE));
        GovernanceYaml.Governance governance = new GovernanceYaml(diagnostics)
                .read(required(PlanFile.GOVERNANCE), at(PlanFile.GOVERNANCE));
        List<Weakness> weaknesses = weaknesses();
        List<ProgressReport> progress = progress();
        Node risks = optional(PlanFile.RISKS);
        RisksYaml.Register register = risks == null ? new RisksYaml.Register(List.of(), null)
                : new RisksYaml(diagnostics).read(risks, at(PlanFile.RISKS));
        Node resources = optional(PlanFile.RESOURCES);
        Node glossary = optional(PlanFile.GLOSSARY);
        Text introduction = markdown(PlanFile.INTRODUCTION);
        Text statementOfIntent = markdown(PlanFile.STATEMENT_OF_INTENT);
        Node closure = optional(PlanFile.CLOSURE);

        Plan plan = new Plan(
                dir.toString(),
                header.kind(), header.title(), header.area(), header.outputName(), header.version(), header.status(), header.framework(),
                header.principalAuthorities(), header.partners(), header.inspection(), header.revisit(),
                header.deadline(), header.submitted(), header.period(), header.approvals(), header.consideredBy(),
                header.record().accepted(), header.record().publication(), header.record().equalityImpact(),
                header.record().coProduction(), header.contact(), header.bankHolidays(),
                introduction, statementOfIntent,
                people.organisations(), people.people(),
                governance.boards(), governance.bodies(), governance.oversight(), governance.monitoring(),
                weaknesses,
                register.risks(), register.matrix(),
                resources == null ? null : new ResourcesYaml(diagnostics).read(resources, at(PlanFile.RESOURCES)),
                glossary == null ? List.of() : new GlossaryYaml(diagnostics).read(glossary, at(PlanFile.GLOSSARY)),
                header.validation() == null ? ValidationSettings.none() : header.validation(),
                progress,
                closure == null ? null : new ClosureYaml(diagnostics).read(closure, at(PlanFile.CLOSURE)),
                files,
                header.at());
        new References(diagnostics, unreadable).check(plan);
        diagnostics.sort(Diagnostic.ORDER);
        // One value, one finding: a value found wrong in another way (a date written as a page of
        // words) is not also reported as too long to publish.
        java.util.Set<SourceRef> wrong = new java.util.HashSet<>();
        diagnostics.stream().filter(d -> !YamlReader.isShape(d)).forEach(d -> wrong.add(d.at()));
        diagnostics.removeIf(d -> YamlReader.isShape(d) && wrong.contains(d.at()));
        return new LoadResult(plan, diagnostics, unreadable, unreadableFiles);
    }

    private List<Weakness> weaknesses() {
        Path folder = dir.resolve("weaknesses");
        List<Weakness> weaknesses = new ArrayList<>();
        int reported = diagnostics.size();
        if (!planFiles.isFolderInside(folder, diagnostics)) {
            if (diagnostics.size() > reported) {
                unreadable.add(PlanFile.WEAKNESSES);
                return weaknesses;
            }
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FILE, SourceRef.file(folder.toString()),
                    "the plan has no weaknesses/ folder",
                    "write one file per area of weakness in " + folder + "/, e.g. w1.yaml"));
            return weaknesses;
        }
        int listed = diagnostics.size();
        List<Path> paths = planFiles.yamlFiles(folder, diagnostics);
        if (diagnostics.size() > listed) {
            unreadable.add(PlanFile.WEAKNESSES);
            return weaknesses;
        }
        if (paths.isEmpty()) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FILE, SourceRef.file(folder.toString()),
                    "the weaknesses/ folder has no .yaml files",
                    "write one file per area of weakness, e.g. weaknesses/w1.yaml"));
        }
        for (PlanFiles.Read<Weakness> file : planFiles.readEach(paths,
                (root, path, found) -> new WeaknessYaml(found).read(root, path.toString()))) {
            files.add(file.path().toString());
            diagnostics.addAll(file.diagnostics());
            if (file.value() == null) {
                unreadable.add(PlanFile.WEAKNESSES);
                unreadableFiles.add(file.path().toString());
            } else {
                weaknesses.add(file.value());
            }
        }
        return weaknesses;
    }

    /** The progress files, if the plan has any yet, in date order. */
    private List<ProgressReport> progress() {
        Path folder = dir.resolve("progress");
        int reported = diagnostics.size();
        if (!planFiles.isFolderInside(folder, diagnostics)) {
            if (diagnostics.size() > reported) {
                unreadable.add(PlanFile.PROGRESS);
            }
            return List.of();
        }
        ProgressFolder.Result read = new ProgressFolder(dir, planFiles).read(folder);
        files.addAll(read.files());
        diagnostics.addAll(read.diagnostics());
        if (!read.unreadable().isEmpty()) {
            unreadable.add(PlanFile.PROGRESS);
            unreadableFiles.addAll(read.unreadable());
        }
        return read.reports();
    }

    private SourceRef at(PlanFile file) {
        return SourceRef.file(dir.resolve(file.fileName()).toString());
    }

    /** A file every plan has: its root node, or null when it is missing or unreadable (reported). */
    private Node required(PlanFile file) {
        Path path = dir.resolve(file.fileName());
        if (!PlanFiles.present(path)) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FILE, SourceRef.file(path.toString()),
                    "the plan has no " + file.fileName(),
                    "every plan needs " + file.fileName() + "; `wsoa init` writes one to start from"));
            unreadable.add(file);
            unreadableFiles.add(path.toString());
            return null;
        }
        return parse(file, path);
    }

    private Node optional(PlanFile file) {
        Path path = dir.resolve(file.fileName());
        return PlanFiles.present(path) ? parse(file, path) : null;
    }

    private Node parse(PlanFile file, Path path) {
        int before = diagnostics.size();
        String content = read(path);
        if (content == null) {
            unreadable.add(file);
            unreadableFiles.add(path.toString());
            return null;
        }
        Node root = new YamlReader(path.toString(), diagnostics).read(content);
        if (root == null && diagnostics.size() > before) {
            unreadable.add(file);
            unreadableFiles.add(path.toString());
        }
        return root;
    }

    private Text markdown(PlanFile file) {
        Path path = dir.resolve(file.fileName());
        if (!PlanFiles.present(path)) {
            return null;
        }
        String content = read(path);
        if (content == null) {
            unreadable.add(file);
            unreadableFiles.add(path.toString());
            return null;
        }
        SourceRef at = new SourceRef(path.toString(), 1, 1);
        int depth = MarkdownNesting.depth(content, InputLimits.MAX_MARKDOWN_DEPTH);
        if (depth > InputLimits.MAX_MARKDOWN_DEPTH) {
            diagnostics.add(YamlReader.markdownTooDeep(at));
        } else {
            Diagnostic shape = YamlReader.badShape(content, at);
            if (shape != null) {
                diagnostics.add(shape);
            }
        }
        return new Text(content.strip(), at);
    }

    private String read(Path path) {
        files.add(path.toString());
        return planFiles.read(path, diagnostics);
    }
}
