package fiches.product;

/**
 * A step heading as its language writes it, « Étape 3 : Trouver le bouton », « الخطوة ٣: … »,
 * read into its number and title.
 *
 * @param digits the number as written, in whatever digits the language accepts
 * @param number its value, or -1 when it has more digits than any step count
 * @param title  the title after the separator, stripped
 */
public record StepHeading(String digits, int number, String title) {}
