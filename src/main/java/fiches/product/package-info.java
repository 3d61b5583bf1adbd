/**
 * What every stage after the model shares about the product Fiches makes: its editions and their
 * file names ({@code Edition}), the words it adds to a guide ({@code Labels}), the rules of each
 * language ({@code LanguageRules}: heading words, punctuation and spacing, line ends, digits, text
 * direction ({@code TextDirection}), scripts and font; a step heading read by those rules is a
 * {@code StepHeading}), its print sizes ({@code PrintSize}), the spacing it applies
 * ({@code Typography}) and how wide its fonts print text ({@code TextWidths}). A language is one
 * data file, {@code fiches/labels/<code>.properties}, read here and nowhere else.
 *
 * <p>May use: {@code fiches.guide}, {@code fiches.problem}, {@code fiches.util}.
 */
package fiches.product;
