/** The extractive quote engine: every direct quote, verbatim, with its speaker. */
export { findQuotes, isFragment } from './find-quotes.js';
export { pickKeyQuotes } from './key-quotes.js';
export { attributeSpan } from './attribute-span.js';
export { speakersInArticle } from './speakers-in-article.js';
