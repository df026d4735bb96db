package org.wsoa.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A build stopped half-way, for {@link StoppedBuildTest}: takes the output directory given as
 * its argument, stages a file there as {@link OutputDirectory#publish} does, says "ready" and
 * waits to be stopped.
 */
public final class HoldsOutput {

    private HoldsOutput() {
    }

    public static void main(String[] args) throws Exception {
        OutputDirectory directory = OutputDirectory.open(Path.of(args[0]), Duration.ZERO, () -> { });
        Path staging = Files.createTempDirectory(Path.of(args[0]), OutputDirectory.STAGING_PREFIX);
        ExitCleanup.register(staging);
        Files.writeString(staging.resolve("plan.html"), "half written");
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(2).toMillis());
        directory.close();
    }
}
