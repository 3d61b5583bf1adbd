/**
 * The document model: an immutable guide, as read from its Markdown source and front matter.
 * Every stage after parsing works on these records only, and what those stages share about the
 * model (its inline text, plain text) lives here.
 *
 * <p>A {@link Guide} has its {@link Metadata} (with its {@link Language}, {@link Category} and
 * {@link Difficulty}), its {@link Section}s, the {@link Step}s of its steps section, its
 * {@link Block}s and {@link Inline}s, and its questions ({@link FaqEntry}); {@link CheckedImages}
 * holds the bytes of its images as the checks decoded them. {@link GuideWalker} is the one walk of
 * a body, handing each node to a {@link GuideVisitor}; {@link Inlines} and {@link PlainText} are
 * shorthands for it. {@link Translations} groups the guides that are one guide in several
 * languages, {@link LinkScheme} names what a link may lead to, and {@link SiteProfile} is the
 * desk that hands the guides out.
 *
 * <p>May use: {@code fiches.problem}, {@code fiches.util}. Every package may use this one.
 */
package fiches.guide;
