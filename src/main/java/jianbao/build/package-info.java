/** Orchestrates a build: reads content, plans and renders the pages, writes feeds and search alongside, commits the site. It only orders the stages. */
package jianbao.build;
