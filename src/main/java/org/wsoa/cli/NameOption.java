package org.wsoa.cli;

import picocli.CommandLine.Option;

/** {@code --name NAME}: the name of the files a command writes, in place of the plan's own. */
final class NameOption {

    @Option(names = "--name", paramLabel = "NAME",
            description = "The name of the files written (default: the plan's output-name, or one made from its area,"
                    + " kind and year, such as warwickshire-wsoa-2021)")
    private String name;

    /** The name given, or null. */
    String value() {
        return name;
    }
}
