/**
 * Writes the search index files that the theme's search.js reads in the browser; the text
 * normalisation both share.
 *
 * <p>The index is built in bounded memory: {@link jianbao.search.SearchIndexWriter} takes the
 * documents in id order, a batch at a time, and adds their terms to a
 * {@link jianbao.search.PostingsTable}; past a limit the table is written to a temporary file in key
 * order ({@link jianbao.search.PostingsRuns}) and a new one started, and at the end the runs are
 * merged key by key into shards. Document packs and shards are compressed and written a few
 * megabytes at a time ({@link jianbao.search.IndexFiles}). What stays for the whole run is the list
 * of documents (references into the site) and the first key and checksum of each file written.
 */
package jianbao.search;
