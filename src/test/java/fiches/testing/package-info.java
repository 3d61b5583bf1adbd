/**
 * What the tests share: the guides they read, listed as a run lists them ({@link TestGuides}),
 * and the folder of one test run ({@link TestRun}), where what they render is cached.
 */
package fiches.testing;
