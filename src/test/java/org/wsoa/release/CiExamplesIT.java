package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.rules.CheckRegistry;

/**
 * The CI examples in docs/ci/ and the pre-commit hook, run as their services would run them, on a
 * repository of plans in a temporary folder, with wsoa installed from the release zip. The services
 * are stood in for: each {@code run:} or {@code script:} runs in bash as the runner would, and each
 * action they use is replaced by what it does here (setup-java puts the test's JDK on the PATH,
 * upload-sarif and upload-artifact are checked for the files they would upload). An action or
 * condition that this test does not know fails it, so the examples cannot drift from what was tried.
 */
class CiExamplesIT {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String BROKEN_LINE = "plans/medway-app-2020/weaknesses/w1.yaml:68:11";

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void aRepositoryOfPlans() throws IOException {
        repository = Files.createDirectories(temp.resolve("repository"));
        PlanFixtures.copy(Path.of("plans/medway-app-2020"), repository.resolve("plans/medway-app-2020"));
        PlanFixtures.copy(Path.of("plans/somerset-app-2023"), repository.resolve("plans/somerset-app-2023"));
        Files.writeString(repository.resolve("README.md"), "# Our plans\n");
    }

    private void breakAPlan() {
        PlanFixtures.edit(repository.resolve("plans/medway-app-2020"), "weaknesses/w1.yaml", "    lead: kbarton",
                "    lead: kbartn");
    }

    @Test
    void gitHubOnAPullRequestWithCleanPlans() throws IOException {
        GitHubRun run = gitHub("pull_request");

        assertThat(run.jobs()).containsExactly("check");
        assertThat(run.failedSteps()).isEmpty();
        assertThat(run.output("Check the plans")).isEqualTo("plans/medway-app-2020: 0 errors, 0 warnings in 10 files\n"
                + "plans/somerset-app-2023: 0 errors, 0 warnings in 10 files\n");
        JsonNode sarif = run.uploadedSarif();
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs").get(0).path("tool").path("driver").path("name").asText()).isEqualTo("wsoa");
        assertThat(sarif.path("runs").get(0).path("results")).isEmpty();
    }

    @Test
    void gitHubOnAPullRequestWithAnErrorAnnotatesItAndStillUploadsTheSarif() throws IOException {
        breakAPlan();

        GitHubRun run = gitHub("pull_request");

        assertThat(run.failedSteps()).containsExactly("Check the plans");
        assertThat(run.output("Check the plans")).startsWith("::error file=plans/medway-app-2020/weaknesses/w1.yaml,"
                + "line=68,col=11,title=wsoa unknown-reference::lead `kbartn` of action W1.2 is not a person in the plan;");
        JsonNode results = run.uploadedSarif().path("runs").get(0).path("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("ruleId").asText()).isEqualTo("unknown-reference");
    }

    @Test
    void gitHubOnMainPublishesEveryPlanAsAnArtifact() throws IOException {
        GitHubRun run = gitHub("push");

        assertThat(run.jobs()).containsExactly("check", "publish");
        assertThat(run.failedSteps()).isEmpty();
        assertThat(run.artifacts()).containsExactly("published-plans");
        Path published = repository.resolve("published");
        for (String plan : List.of("medway-app-2020", "somerset-app-2023")) {
            assertThat(published.resolve(plan + ".html")).content().contains("<html lang=\"en-GB\"");
            assertThat(Files.readAllBytes(published.resolve(plan + ".pdf"))).startsWith("%PDF-".getBytes());
        }
    }

    @Test
    void gitLabOnAMergeRequestReportsEachFindingAsAFailedTest() throws IOException {
        breakAPlan();

        Processes.Result validate = gitLab("validate", "feature");

        assertThat(validate.exitCode()).isEqualTo(1);
        String junit = Files.readString(repository.resolve("wsoa-junit.xml"));
        // One test case per check that wsoa has.
        int checks = CheckRegistry.standard().ids().size();
        assertThat(junit).contains("<testsuite name=\"plans/medway-app-2020\" tests=\"" + checks + "\" failures=\"1\"")
                .contains("<failure message=\"1 finding\" type=\"unknown-reference\">" + BROKEN_LINE)
                .contains("<testsuite name=\"plans/somerset-app-2023\" tests=\"" + checks + "\" failures=\"0\"");
        assertThat(gitLabRuns("publish", "feature")).isFalse();
    }

    @Test
    void gitLabOnTheDefaultBranchPassesAndPublishes() throws IOException {
        Processes.Result validate = gitLab("validate", "main");
        Processes.Result publish = gitLab("publish", "main");

        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(Files.readString(repository.resolve("wsoa-junit.xml"))).doesNotContain("<failure");
        assertThat(publish.exitCode()).as(publish.toString()).isZero();
        assertThat(repository.resolve("published/somerset-app-2023.html")).exists();
        assertThat(repository.resolve("published/somerset-app-2023.pdf")).exists();
    }

    @Test
    void preCommitChecksThePlansOfTheStagedFilesOnly() throws IOException {
        breakAPlan();

        Processes.Result broken = preCommit("plans/medway-app-2020/weaknesses/w1.yaml", "README.md");
        Processes.Result other = preCommit("plans/somerset-app-2023/people.yaml", "plans/somerset-app-2023/introduction.md",
                "plans/somerset-app-2023/.schema/plan.schema.json");
        Processes.Result outside = preCommit("README.md");

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).startsWith(BROKEN_LINE + ": error[unknown-reference]")
                .endsWith("plans/medway-app-2020: 1 error, 0 warnings in 10 files\n");
        assertThat(other.exitCode()).as(other.toString()).isZero();
        assertThat(other.out()).isEqualTo("plans/somerset-app-2023: 0 errors, 0 warnings in 10 files\n");
        assertThat(outside.exitCode()).isZero();
        assertThat(outside.out()).isEmpty();
    }

    @Test
    void theLocalPreCommitConfigurationInTheDocsIsTheHook() throws IOException {
        JsonNode hook = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile()).get(0);
        Matcher block = Pattern.compile("(?s)```yaml\n(repos:\n  - repo: local\n.*?)```")
                .matcher(Files.readString(Path.of("docs/ci/README.md")));
        assertThat(block.find()).as("a local .pre-commit-config.yaml in docs/ci/README.md").isTrue();

        JsonNode local = YAML.readTree(block.group(1)).path("repos").get(0).path("hooks").get(0);

        for (String key : List.of("id", "name", "entry", "language", "files", "require_serial")) {
            assertThat(local.path(key)).as(key).isEqualTo(hook.path(key));
        }
    }

    // GitHub Actions, stood in for.

    private record GitHubRun(List<String> jobs, Map<String, Processes.Result> steps, List<String> failedSteps,
            Map<String, Path> uploads) {

        String output(String step) {
            return steps.get(step).out();
        }

        JsonNode uploadedSarif() throws IOException {
            return new ObjectMapper().readTree(uploads.get("sarif").toFile());
        }

        List<String> artifacts() {
            return uploads.keySet().stream().filter(k -> !k.equals("sarif")).toList();
        }
    }

    private GitHubRun gitHub(String event) throws IOException {
        JsonNode workflow = YAML.readTree(Path.of("docs/ci/github-actions.yml").toFile());
        Map<String, String> variables = Map.of("vars.WSOA_RELEASE_URL", Release.ZIP.toUri().toString());
        List<String> jobs = new ArrayList<>();
        Map<String, Processes.Result> steps = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        Map<String, Path> uploads = new LinkedHashMap<>();
        for (var job : iterable(workflow.path("jobs").fields())) {
            String condition = job.getValue().path("if").asText("");
            if (!condition.isEmpty() && !condition.equals("github.event_name == '" + event + "'")) {
                assertThat(condition).as("a condition this test knows").matches("github\\.event_name == '\\w+'");
                continue;
            }
            jobs.add(job.getKey());
            // Each job runs on a new runner, with its own temporary folder and PATH.
            Path runnerTemp = Files.createTempDirectory(temp, "runner");
            Path githubPath = runnerTemp.resolve("github-path");
            Files.createFile(githubPath);
            Map<String, String> env = new HashMap<>();
            env.put("HOME", temp.toString());
            env.put("CI", "true");
            env.put("RUNNER_TEMP", runnerTemp.toString());
            env.put("GITHUB_PATH", githubPath.toString());
            env.put("GITHUB_WORKSPACE", repository.toString());
            env.put("GITHUB_EVENT_NAME", event);
            workflow.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), expand(e.getValue().asText(), variables)));
            List<String> path = new ArrayList<>(List.of("/usr/bin", "/bin"));
            boolean failing = false;
            for (JsonNode step : job.getValue().path("steps")) {
                String when = step.path("if").asText("");
                boolean runs = when.isEmpty() ? !failing : when.equals("${{ !cancelled() }}");
                assertThat(when).as("a step condition this test knows").isIn("", "${{ !cancelled() }}");
                if (!runs) {
                    continue;
                }
                if (step.has("uses")) {
                    use(step, path, uploads);
                    continue;
                }
                List<String> fromGithubPath = new ArrayList<>(Files.readAllLines(githubPath));
                java.util.Collections.reverse(fromGithubPath);
                List<String> fullPath = new ArrayList<>(fromGithubPath);
                fullPath.addAll(path);
                env.put("PATH", String.join(":", fullPath));
                Path script = Files.writeString(runnerTemp.resolve("step.sh"), expand(step.path("run").asText(), variables));
                Processes.Result result = Processes.run(repository, env,
                        List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
                String name = step.path("name").asText(step.path("run").asText());
                steps.put(name, result);
                if (result.exitCode() != 0) {
                    failed.add(name);
                    failing = true;
                }
            }
        }
        return new GitHubRun(jobs, steps, failed, uploads);
    }

    /** What each action the examples use does, here. */
    private void use(JsonNode step, List<String> path, Map<String, Path> uploads) {
        String action = step.path("uses").asText();
        JsonNode with = step.path("with");
        switch (action) {
            case "actions/checkout@v4" -> assertThat(repository.resolve("plans")).isDirectory();
            case "actions/setup-java@v4" -> {
                assertThat(with.path("java-version").asText()).isEqualTo("17");
                path.add(0, Processes.javaBin().toString());
            }
            case "github/codeql-action/upload-sarif@v3" -> {
                Path sarif = repository.resolve(with.path("sarif_file").asText());
                assertThat(sarif).isRegularFile();
                uploads.put("sarif", sarif);
            }
            case "actions/upload-artifact@v4" -> {
                Path artifact = repository.resolve(with.path("path").asText());
                assertThat(artifact).isDirectory();
                uploads.put(with.path("name").asText(), artifact);
            }
            default -> fail("the examples use an action this test does not stand in for: " + action);
        }
    }

    private static String expand(String text, Map<String, String> variables) {
        Matcher expression = Pattern.compile("\\$\\{\\{\\s*([\\w.]+)\\s*}}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (expression.find()) {
            String value = variables.get(expression.group(1));
            assertThat(value).as("an expression this test knows: " + expression.group()).isNotNull();
            expression.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return expression.appendTail(out).toString();
    }

    // GitLab CI, stood in for.

    private boolean gitLabRuns(String job, String branch) throws IOException {
        JsonNode rules = YAML.readTree(Path.of("docs/ci/gitlab-ci.yml").toFile()).path(job).path("rules");
        if (rules.isMissingNode()) {
            return true;
        }
        for (JsonNode rule : rules) {
            assertThat(rule.path("if").asText()).as("a rule this test knows")
                    .isEqualTo("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
            if (branch.equals("main")) {
                return true;
            }
        }
        return false;
    }

    private Processes.Result gitLab(String job, String branch) throws IOException {
        JsonNode pipeline = YAML.readTree(Path.of("docs/ci/gitlab-ci.yml").toFile());
        assertThat(pipeline.path("image").asText()).startsWith("eclipse-temurin:17");
        assertThat(gitLabRuns(job, branch)).as(job + " runs on " + branch).isTrue();
        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        for (JsonNode line : pipeline.path("default").path("before_script")) {
            script.append(line.asText()).append('\n');
        }
        for (JsonNode line : pipeline.path(job).path("script")) {
            script.append(line.asText()).append('\n');
        }
        Path tmp = Files.createTempDirectory(temp, "tmp");
        Map<String, String> env = new HashMap<>();
        // The image has a Java runtime on the PATH, and the usual tools.
        env.put("PATH", Processes.javaBin() + ":/usr/bin:/bin");
        env.put("HOME", temp.toString());
        env.put("TMPDIR", tmp.toString());
        env.put("CI", "true");
        env.put("CI_PROJECT_DIR", repository.toString());
        env.put("CI_COMMIT_BRANCH", branch);
        env.put("CI_DEFAULT_BRANCH", "main");
        env.put("WSOA_RELEASE_URL", Release.TAR_GZ.toUri().toString());
        Path file = Files.writeString(tmp.resolve("job.sh"), script);
        Processes.Result result = Processes.run(repository, env, List.of("bash", "--noprofile", "--norc", file.toString()));
        JsonNode artifacts = pipeline.path(job).path("artifacts");
        if (artifacts.path("reports").has("junit")) {
            assertThat(artifacts.path("when").asText()).as("the report is kept when the job fails").isEqualTo("always");
            assertThat(repository.resolve(artifacts.path("reports").path("junit").asText())).isRegularFile();
        }
        for (JsonNode path : artifacts.path("paths")) {
            assertThat(repository.resolve(path.asText())).exists();
        }
        return result;
    }

    // pre-commit, stood in for: it runs the hook's entry with the staged files its pattern matches.

    private Processes.Result preCommit(String... staged) throws IOException {
        JsonNode hook = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile()).get(0);
        assertThat(hook.path("id").asText()).isEqualTo("wsoa-validate");
        assertThat(hook.path("language").asText()).isEqualTo("system");
        Pattern files = Pattern.compile(hook.path("files").asText());
        List<String> command = new ArrayList<>(List.of(hook.path("entry").asText().split(" ")));
        for (String file : staged) {
            if (files.matcher(file).find()) {
                command.add(file);
            }
        }
        Path install = Files.isDirectory(temp.resolve("install")) ? temp.resolve("install/wsoa-" + Release.VERSION)
                : Release.unzip(Files.createDirectories(temp.resolve("install")));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", install.resolve("bin") + ":" + Processes.javaBin() + ":/usr/bin:/bin");
        env.put("HOME", temp.toString());
        // pre-commit finds the entry's program on the PATH and runs it without a shell.
        command.set(0, install.resolve("bin").resolve(command.get(0)).toString());
        return Processes.run(repository, env, command);
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
