package org.wsoa.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so that it is written in one place: pom.xml. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"wsoa " + (version == null ? "(development build)" : version)};
    }
}
