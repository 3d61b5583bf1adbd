package fiches.parse;

/**
 * A guide's text cut in two at its front matter.
 *
 * @param yaml          the YAML between the two {@code ---} lines
 * @param yamlFirstLine the file line of the YAML's first line
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the file line of the body's first line
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {}
