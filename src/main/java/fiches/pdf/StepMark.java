package fiches.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Where a step's box goes once the page is laid out.
 *
 * @param number    the step's number
 * @param field     its checkbox's field name, unique in the document
 * @param name      what a screen reader says for it: « Étape 3 : Trouver le bouton »
 * @param page      that page
 * @param box       the reserved square, in PDF points from the page's bottom left
 * @param section   the step's structure element, where its checkbox is tagged
 */
record StepMark(int number, String field, String name, PDPage page, PDRectangle box, PDStructureElement section) {}
