/**
 * The document model: an immutable guide, as read from its Markdown source and front matter.
 * Every stage after parsing works on these records only.
 */
package fiches.guide;
