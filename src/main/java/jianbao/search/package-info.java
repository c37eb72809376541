/** Writes the search index files that the theme's search.js reads in the browser; the text normalisation both share. */
package jianbao.search;
