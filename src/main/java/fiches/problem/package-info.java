/**
 * What can be wrong with a guide, as values: the kind, where (file and line), what, and how to
 * fix it. Stages return problems; the command line decides how to print them.
 *
 * <p>A {@link Problem} is of a {@link Kind}, which has a {@link Severity}: an error stops the
 * guide, a warning does not. {@link GuideProblems} stops a stage early, and never leaves it.
 *
 * <p>May use: {@code fiches.util}. Every package may use this one.
 */
package fiches.problem;
