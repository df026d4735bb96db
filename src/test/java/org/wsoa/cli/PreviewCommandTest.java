package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

class PreviewCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    @Test
    void aMissingPlanIsAUsageError() {
        CliRun run = CliRun.of("preview", temp.resolve("none").toString(), "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa: no plan directory at " + temp.resolve("none") + NL);
    }

    @Test
    void aPortInUseIsAUsageErrorThatSaysWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();

            CliRun run = CliRun.of("preview", PlanFixtures.TINY.toString(), "--port", Integer.toString(port));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("wsoa preview: port " + port + " is in use; choose another with --port"
                    + " (0 takes any free port)" + NL);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("preview", PlanFixtures.TINY.toString(), "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa preview: --port must be from 0 to 65535 (not 70000)" + NL);
    }

    @Test
    void aTemplateLimitOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("preview", PlanFixtures.TINY.toString(), "--port", "0", "--template-limit", "time=0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa preview: --template-limit time must be a whole number of seconds from 1"
                + " to 3600 (not `0`)" + NL);
    }

    @Test
    void aTemplatesDirectoryThatDoesNotExistIsAUsageError() {
        Path missing = temp.resolve("templates");

        CliRun run = CliRun.of("preview", PlanFixtures.TINY.toString(), "--port", "0", "--templates", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa preview: no templates directory at " + missing + NL);
    }

    /**
     * The command as a user runs it, in a process of its own: it prints the address, serves the page,
     * reports a rebuild, and on Ctrl-C (SIGINT) stops through its shutdown hook and frees the port.
     */
    @Test
    void servesUntilCtrlCThenStopsCleanly() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "preview", plan.toString(), "--port", "0")
                .redirectError(temp.resolve("err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            lines.add(out.readLine());
            lines.add(out.readLine());
            lines.add(out.readLine());
            assertThat(lines.get(0)).matches("Built in \\d+ ms: no errors, no warnings\\.");
            Matcher serving = Pattern.compile("Serving " + Pattern.quote(plan.toString())
                    + " at (http://127\\.0\\.0\\.1:(\\d+)/)").matcher(lines.get(1));
            assertThat(serving.matches()).as(lines.get(1)).isTrue();
            assertThat(lines.get(2)).isEqualTo("Open that address in a browser: the page reloads itself when a plan"
                    + " file or template is saved. Press Ctrl-C to stop.");
            int port = Integer.parseInt(serving.group(2));
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serving.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<h1>Written Statement of Action</h1>");

            PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");
            assertThat(out.readLine()).matches("weaknesses/w1\\.yaml changed: built in \\d+ ms: 1 error, no warnings;"
                    + " the page lists what to fix\\.");

            String signal = ignoresInterrupts(process) ? "-TERM" : "-INT";
            new ProcessBuilder("kill", signal, Long.toString(process.pid())).start().waitFor();

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 seconds").isTrue();
            // A busy machine may deliver the save's events in two batches: the second build changes nothing.
            String line = out.readLine();
            while (line != null && line.endsWith("(the page is unchanged).")) {
                line = out.readLine();
            }
            assertThat(line).isEqualTo("Stopped.");
            assertThat(out.readLine()).isNull();
            assertThat(process.exitValue()).isEqualTo(signal.equals("-INT") ? 130 : 143);
            assertThat(Files.readString(temp.resolve("err.txt"))).isEmpty();
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            }
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Whether the process was started with SIGINT ignored, as a shell without job control starts
     * background jobs: then Java cannot hear Ctrl-C, and SIGTERM, which runs the same shutdown hook,
     * stands in for it.
     */
    private static boolean ignoresInterrupts(Process process) throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
    }
}
