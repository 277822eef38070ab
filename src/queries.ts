/**
 * The public queries (`partner-elements/queries.js`): the same pure functions the elements use to filter, sort,
 * group and search, for a page or a server that works with the dataset itself. The elements import the modules
 * behind it directly, so that an element that does not search does not load the search.
 */
export * from './data/queries.js';
export { normalizeSearchText, searchPartnerships } from './data/search.js';
