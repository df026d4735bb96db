package org.wsoa.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Plan;
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
 * {@code statement-of-intent.md}.
 */
public final class PlanLoader {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    /** Files that are present but could not be read (or missing, if required): already reported. */
    private final Set<PlanFile> unreadable = EnumSet.noneOf(PlanFile.class);
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
        SupportingYaml supporting = new SupportingYaml(diagnostics);
        Node risks = optional(PlanFile.RISKS);
        Node resources = optional(PlanFile.RESOURCES);
        Node glossary = optional(PlanFile.GLOSSARY);
        Text introduction = markdown(PlanFile.INTRODUCTION);
        Text statementOfIntent = markdown(PlanFile.STATEMENT_OF_INTENT);

        Plan plan = new Plan(
                dir.toString(),
                header.kind(), header.title(), header.area(), header.version(), header.status(),
                header.principalAuthorities(), header.partners(), header.inspection(), header.revisit(),
                header.deadline(), header.submitted(), header.period(), header.approvals(),
                introduction, statementOfIntent,
                people.organisations(), people.people(),
                governance.boards(), governance.oversight(), governance.monitoring(),
                weaknesses,
                risks == null ? List.of() : supporting.risks(risks, at(PlanFile.RISKS)),
                resources == null ? null : supporting.resources(resources, at(PlanFile.RESOURCES)),
                glossary == null ? List.of() : supporting.glossary(glossary, at(PlanFile.GLOSSARY)),
                header.validation() == null ? ValidationSettings.none() : header.validation(),
                files,
                header.at());
        new References(diagnostics, unreadable).check(plan);
        diagnostics.sort(Diagnostic.ORDER);
        return new LoadResult(plan, diagnostics, unreadable);
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
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    paths.add(path);
                }
                if (paths.size() > InputLimits.MAX_FILES) {
                    // Which files a listing gives first depends on the file system: read none of them.
                    diagnostics.add(Diagnostic.of(LoadCheck.LIMITS, SourceRef.file(folder.toString()),
                            "the weaknesses/ folder holds more than " + InputLimits.count(InputLimits.MAX_FILES)
                                    + " files, more than wsoa reads of a plan",
                            "a plan has one file per area of weakness; remove the files that are not part of it"));
                    unreadable.add(PlanFile.WEAKNESSES);
                    return weaknesses;
                }
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(LoadCheck.UNREADABLE_FILE, SourceRef.file(folder.toString()),
                    "wsoa could not list the files in weaknesses/", "check that the user who runs wsoa may read it"));
            unreadable.add(PlanFile.WEAKNESSES);
            return weaknesses;
        }
        paths.sort(Comparator.comparing((Path p) -> naturalKey(p.getFileName().toString()))
                .thenComparing(p -> p.getFileName().toString()));
        if (paths.isEmpty()) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FILE, SourceRef.file(folder.toString()),
                    "the weaknesses/ folder has no .yaml files",
                    "write one file per area of weakness, e.g. weaknesses/w1.yaml"));
        }
        // Each file is checked in order, so that the plan's size limit falls on the same file every
        // time; then read on its own, in parallel: a large plan has hundreds of them. Findings and
        // files are merged in file order, so that the result does not depend on the threads.
        List<WeaknessFile> admitted = new ArrayList<>();
        for (Path path : paths) {
            List<Diagnostic> found = new ArrayList<>();
            admitted.add(new WeaknessFile(path, planFiles.admit(path, found), found));
        }
        List<WeaknessRead> read = admitted.parallelStream().map(this::readWeakness).toList();
        for (WeaknessRead file : read) {
            files.add(file.path().toString());
            diagnostics.addAll(file.diagnostics());
            if (file.weakness() == null) {
                unreadable.add(PlanFile.WEAKNESSES);
            } else {
                weaknesses.add(file.weakness());
            }
        }
        return weaknesses;
    }

    /** One weakness file as checked: null when it may not be read, which is reported in {@code found}. */
    private record WeaknessFile(Path path, PlanFiles.Admitted admitted, List<Diagnostic> found) {
    }

    /** One weakness file as read: a null weakness when the file could not be read, which is reported. */
    private record WeaknessRead(Path path, Weakness weakness, List<Diagnostic> diagnostics) {
    }

    private WeaknessRead readWeakness(WeaknessFile file) {
        List<Diagnostic> found = file.found();
        String content = file.admitted() == null ? null : planFiles.read(file.admitted(), found);
        if (content == null) {
            return new WeaknessRead(file.path(), null, found);
        }
        Node root = new YamlReader(file.path().toString(), found).read(content);
        // A file that cannot be read yields its own finding only, not one for each field it lacks.
        if (root == null && !found.isEmpty()) {
            return new WeaknessRead(file.path(), null, found);
        }
        return new WeaknessRead(file.path(), new WeaknessYaml(found).read(root, file.path().toString()), found);
    }

    /** File names with their numbers padded, so that w2.yaml comes before w10.yaml. */
    private static String naturalKey(String name) {
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            if (!Character.isDigit(name.charAt(i))) {
                key.append(name.charAt(i++));
                continue;
            }
            int start = i;
            while (i < name.length() && Character.isDigit(name.charAt(i))) {
                i++;
            }
            key.append("0".repeat(Math.max(0, 12 - (i - start)))).append(name, start, i);
        }
        return key.toString();
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
            return null;
        }
        Node root = new YamlReader(path.toString(), diagnostics).read(content);
        if (root == null && diagnostics.size() > before) {
            unreadable.add(file);
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
            return null;
        }
        SourceRef at = new SourceRef(path.toString(), 1, 1);
        int depth = MarkdownNesting.depth(content, InputLimits.MAX_MARKDOWN_DEPTH);
        if (depth > InputLimits.MAX_MARKDOWN_DEPTH) {
            diagnostics.add(YamlReader.markdownTooDeep(at));
        }
        return new Text(content.strip(), at);
    }

    private String read(Path path) {
        files.add(path.toString());
        return planFiles.read(path, diagnostics);
    }
}
