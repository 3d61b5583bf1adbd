/**
 * What can be wrong, as values: the {@link fiches.problem.Kind} (with its
 * {@link fiches.problem.Severity} and its {@link fiches.problem.Blame}: the guide's, the set-up's
 * or Fiches' own), where (file and line), what, and how to fix it. A {@link fiches.problem.Problem}
 * is one; a guide's are one bounded {@link fiches.problem.Problems}, which stages return and hand
 * on. {@link fiches.problem.GuideProblems} is thrown only inside a stage, to stop it early. The
 * command line decides how to print them.
 *
 * <p>A {@link Problem} is of a {@link Kind}, which has a {@link Severity}: an error stops the
 * guide, a warning does not. {@link GuideProblems} stops a stage early, and never leaves it.
 * {@link Thrown} is the one description of an exception in a message.
 *
 * <p>May use: {@code fiches.util}. Every package may use this one.
 */
package fiches.problem;
