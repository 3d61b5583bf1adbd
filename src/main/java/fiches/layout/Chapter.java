package fiches.layout;

import fiches.guide.Guide;

/**
 * A guide as a part of a laid-out document, and the ids its elements have there.
 *
 * @param guide the guide
 * @param ids   its elements' ids in the document
 */
public record Chapter(Guide guide, Ids ids) {}
