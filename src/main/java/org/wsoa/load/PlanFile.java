package org.wsoa.load;

/** The files (and the folder) a plan directory is made of. */
public enum PlanFile {
    PLAN("plan.yaml"),
    PEOPLE("people.yaml"),
    GOVERNANCE("governance.yaml"),
    WEAKNESSES("weaknesses/"),
    RISKS("risks.yaml"),
    RESOURCES("resources.yaml"),
    GLOSSARY("glossary.yaml"),
    INTRODUCTION("introduction.md"),
    STATEMENT_OF_INTENT("statement-of-intent.md"),
    PROGRESS("progress/"),
    CLOSURE("closure.yaml");

    private final String fileName;

    PlanFile(String fileName) {
        this.fileName = fileName;
    }

    /** The name in the plan directory; the folders (weaknesses and progress) end in a slash, being a folder. */
    public String fileName() {
        return fileName;
    }
}
