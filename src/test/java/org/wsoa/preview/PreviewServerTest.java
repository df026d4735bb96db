package org.wsoa.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.cli.CliRunner;
import org.wsoa.load.PlanFixtures;

/** {@code wsoa preview} through a real HTTP client: the page, its rebuilds, the error page, and what is refused. */
class PreviewServerTest {

    @TempDir
    Path temp;

    private PreviewHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private Path plan() {
        return PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
    }

    private PreviewHarness start(Path plan, Path templates) throws Exception {
        harness = new PreviewHarness(plan, templates);
        harness.nextBuild();
        return harness;
    }

    @Test
    void servesThePublishedPageWithOnlyTheReloadScriptAdded() throws Exception {
        Path plan = plan();
        start(plan, null);
        CliRunner.Result build = CliRunner.run("build", plan.toString(), "-o", temp.resolve("out").toString(),
                "--format", "html");
        String published = Files.readString(temp.resolve("out/exampleshire-wsoa-2021.html"));

        HttpResponse<String> page = harness.get("/");

        assertThat(build.exitCode()).isZero();
        assertThat(published).doesNotContain("<script");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).isEqualTo(PreviewServer.withReloadScript(published, harness.version()))
                .containsOnlyOnce("<script").endsWith("defer></script>\n</body>\n</html>\n");
    }

    @Test
    void theScriptIsServedAsJavaScript() throws Exception {
        start(plan(), null);

        HttpResponse<String> script = harness.get(PreviewServer.SCRIPT_PATH);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("fetch('/_wsoa/wait?after='").contains("window.location.reload()");
    }

    @Test
    void buildsAgainWhenAPlanFileIsSaved() throws Exception {
        Path plan = plan();
        start(plan, null);
        String before = harness.version();

        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "Recruit four more EHC coordinators.",
                "Recruit five more EHC coordinators.");
        String page = harness.pageAfter(before);

        assertThat(page).contains("Recruit five more EHC coordinators.")
                .doesNotContain("Recruit four more EHC coordinators.");
        PreviewHarness.Build build = harness.nextBuild();
        assertThat(build.changed()).contains(plan.toAbsolutePath().resolve("weaknesses/w1.yaml"));
        assertThat(build.republished()).isTrue();
        assertThat(harness.version()).isNotEqualTo(before);
    }

    @Test
    void watchesFoldersMadeWhileItRuns() throws Exception {
        Path plan = plan();
        Files.move(plan.resolve("weaknesses"), plan.resolve("drafts"));
        start(plan, null);
        String before = harness.version();

        Files.createDirectories(plan.resolve("weaknesses"));
        harness.nextBuild();
        // Written into the new folder once its creation has been seen: only a watch of the folder sees this.
        Files.copy(plan.resolve("drafts/w1.yaml"), plan.resolve("weaknesses/w1.yaml"));

        assertThat(harness.pageWhen(page -> page.contains("<h1>Written Statement of Action</h1>"))).isNotNull();
        assertThat(harness.get("/").body()).doesNotContain("error to fix");
        assertThat(before).isNotEqualTo(harness.version());
    }

    @Test
    void aSaveThatChangesNothingOnThePageReloadsNothing() throws Exception {
        Path plan = plan();
        start(plan, null);
        String before = harness.version();

        PlanFixtures.edit(plan, "plan.yaml", "# optional person ID", "# a person's ID, if there is one");
        PreviewHarness.Build build = harness.nextBuild();

        assertThat(build.republished()).isFalse();
        assertThat(harness.version()).isEqualTo(before);
    }

    @Test
    void showsTheErrorsInPlaceOfThePlanAndThePlanAgainWhenTheyAreFixed() throws Exception {
        Path plan = plan();
        start(plan, null);
        String first = harness.version();

        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");
        String errors = harness.pageAfter(first);

        String where = plan.resolve("weaknesses/w1.yaml") + ":39:11";
        assertThat(errors).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
                .contains("<title>1 error to fix before the plan can be published: " + plan + " (wsoa preview)</title>")
                .contains("<h1>1 error to fix before the plan can be published</h1>")
                .contains("<h2>Errors</h2>\n<ol class=\"findings errors\">\n<li>\n<p class=\"where\"><code>" + where
                        + "</code></p>\n<p class=\"message\"><strong>Error</strong>: lead <code>bpatl</code> of action"
                        + " W1.2 is not a person in the plan; did you mean <code>bpatel</code>?</p>\n"
                        + "<p class=\"hint\">Hint: use the ID of a person defined in people.yaml</p>\n"
                        + "<p class=\"check\">Check <code>unknown-reference</code> (<code>wsoa rules unknown-reference"
                        + "</code> explains it)</p>")
                .containsOnlyOnce("<script").doesNotContain("<h1>Written Statement of Action</h1>");
        String second = harness.version();

        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatl", "    lead: bpatel");
        String fixed = harness.pageAfter(second);

        assertThat(fixed).contains("<h1>Written Statement of Action</h1>").doesNotContain("error to fix");
    }

    @Test
    void rereadsTheCouncilsTemplatesWhenOneIsSaved() throws Exception {
        Path plan = plan();
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.copy(Path.of("templates/signoff.ftlh"), templates.resolve("signoff.ftlh"));
        start(plan, templates);
        String first = harness.version();

        PlanFixtures.edit(templates, "signoff.ftlh", "Made with wsoa from the plan's source files.",
                "Published by Exampleshire's SEND team.");
        String edited = harness.pageAfter(first);

        assertThat(edited).contains("Published by Exampleshire's SEND team.");
        String second = harness.version();

        PlanFixtures.edit(templates, "signoff.ftlh", "${plan.version}", "${plan.edition}");
        String broken = harness.pageAfter(second);

        assertThat(broken).contains("<h1>The page of the plan could not be made</h1>")
                .contains("<strong>Error</strong>: " + templates.resolve("signoff.ftlh") + ":24:");
        String third = harness.version();

        PlanFixtures.edit(templates, "signoff.ftlh", "${plan.edition}", "${plan.version}");
        assertThat(harness.pageAfter(third)).contains("Published by Exampleshire's SEND team.");
    }

    @Test
    void aTemplateThatNeverFinishesIsStoppedAndThePreviewCarriesOn() throws Exception {
        Path plan = plan();
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.copy(Path.of("templates/signoff.ftlh"), templates.resolve("signoff.ftlh"));
        harness = new PreviewHarness(plan, templates,
                new org.wsoa.render.TemplateLimits(java.time.Duration.ofSeconds(1), 32_000_000L, 200));
        harness.nextBuild();
        String first = harness.version();

        PlanFixtures.edit(templates, "signoff.ftlh", "<p class=\"colophon\">",
                "<#list 1..2000000000 as i></#list><p class=\"colophon\">");
        String stopped = harness.pageAfter(first);

        assertThat(stopped).contains("<h1>The page of the plan could not be made</h1>")
                .contains("the templates did not finish within 1 seconds (the limit)");
        String second = harness.version();

        PlanFixtures.edit(templates, "signoff.ftlh", "<#list 1..2000000000 as i></#list>", "");
        assertThat(harness.pageAfter(second)).contains("<h1>Written Statement of Action</h1>");
    }

    @Test
    void servesFilesOfThePlanAndTemplatesWithTheirContentTypes() throws Exception {
        Path plan = plan();
        Path templates = Files.createDirectories(temp.resolve("templates"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        Files.createDirectories(templates.resolve("images"));
        Files.write(templates.resolve("images/logo.png"), png);
        start(plan, templates);

        HttpResponse<byte[]> logo = harness.http.send(HttpRequest.newBuilder(harness.uri("/images/logo.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> yaml = harness.get("/weaknesses/w1.yaml");

        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.body()).isEqualTo(png);
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(yaml.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(yaml.body()).isEqualTo(Files.readString(plan.resolve("weaknesses/w1.yaml")));
        assertThat(harness.get("/weaknesses/w9.yaml").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesEveryPathOutOfThePlanAndTemplates() throws Exception {
        Path plan = plan();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for the browser");
        Files.createSymbolicLink(plan.resolve("link.txt"), secret);
        Files.createSymbolicLink(plan.resolve("outside"), temp);
        Files.writeString(plan.resolve(".hidden.txt"), "not for the browser");
        start(plan, null);

        // What a browser or HTTP client library sends: dot segments encoded, or the absolute path.
        List<String> encoded = List.of("/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/weaknesses/%2e%2e/%2e%2e/secret.txt",
                "/..%2fsecret.txt", "/..%5csecret.txt", "/%2f" + secret.toString().substring(1),
                "/link.txt", "/outside/secret.txt", "/.hidden.txt", "/_wsoa/../secret.txt");
        for (String path : encoded) {
            HttpResponse<String> response = harness.send(HttpRequest.newBuilder(
                    java.net.URI.create(harness.preview.address() + path.substring(1))).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("not for the browser");
        }
        // What only a hand-made request holds: dot segments as they are, and absolute paths.
        List<String> raw = List.of("/../secret.txt", "/weaknesses/../../secret.txt", "//" + secret, secret.toString(),
                "/./weaknesses/../../secret.txt", "http://127.0.0.1/../secret.txt");
        for (String target : raw) {
            String response = harness.raw(target);
            assertThat(response).as(target).startsWith("HTTP/1.1 404 ").doesNotContain("not for the browser");
        }
        // The same file inside the plan is served: the refusals above are about where, not what.
        Files.copy(secret, plan.resolve("inside.txt"));
        assertThat(harness.raw("/inside.txt")).startsWith("HTTP/1.1 200 ").endsWith("not for the browser");
    }

    @Test
    void answersOnlyGetAndHead() throws Exception {
        start(plan(), null);
        String page = harness.get("/").body();

        HttpResponse<String> head = harness.send(HttpRequest.newBuilder(harness.uri("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> post = harness.send(HttpRequest.newBuilder(harness.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        HttpResponse<String> put = harness.send(HttpRequest.newBuilder(harness.uri("/plan.yaml"))
                .PUT(HttpRequest.BodyPublishers.ofString("kind: app")));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(page.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(Files.readString(temp.resolve("tiny/plan.yaml"))).startsWith("kind: wsoa");
    }

    @Test
    void refusesRequestsForAnotherHost() throws Exception {
        start(plan(), null);
        int port = harness.preview.address().getPort();

        assertThat(harness.raw("/", "attacker.example:" + port)).startsWith("HTTP/1.1 403 ")
                .doesNotContain("Exampleshire");
        assertThat(harness.raw("/", "localhost:" + port)).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        start(plan(), null);
        int port = harness.preview.address().getPort();
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            Collections.list(network.getInetAddresses()).stream()
                    .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).forEach(others::add);
        }
        Assumptions.assumeFalse(others.isEmpty(), "this machine has no address but the loopback one");

        assertThat(harness.preview.address().toString()).isEqualTo("http://127.0.0.1:" + port + "/");
        for (InetAddress other : others) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(other, port), 2000);
                throw new AssertionError("the preview answered on " + other);
            } catch (ConnectException expected) {
                // Refused: nothing listens there.
            }
        }
    }

    @Test
    void closingReleasesThePortAndAnswersWaitingPages() throws Exception {
        start(plan(), null);
        int port = harness.preview.address().getPort();
        String version = harness.version();
        var waiting = harness.http.sendAsync(HttpRequest.newBuilder(harness.uri("/_wsoa/wait?after=" + version)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);

        harness.close();
        harness = null;

        assertThat(waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo(version);
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            assertThat(again.isBound()).isTrue();
        }
    }

    @Test
    void aPlanFolderThatGoesAwayIsShownAsSuch() throws Exception {
        Path plan = plan();
        start(plan, null);

        try (var files = Files.walk(plan)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        assertThat(harness.pageWhen(page -> page.contains("no plan directory at " + plan)))
                .contains("<h1>The page of the plan could not be made</h1>")
                .contains("Hint: stop the preview with Ctrl-C, and start it again on the plan&#39;s folder");
    }

    @Test
    void aTemplatesDirectoryThatDoesNotExistIsRefused() {
        Path missing = temp.resolve("no-such-templates");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PreviewHarness(plan(), missing))
                .isInstanceOf(org.wsoa.render.RenderException.class)
                .hasMessage("no templates directory at " + missing);
    }
}
