/**
 * Reads content/ into the model: site.yaml, departments.yaml, issue files and free pages, collecting every
 * problem with its file and line instead of stopping at the first. A check of the text given to the loader
 * ({@code IssueTextCheck}, the language check) runs on each issue file as it is read.
 */
package jianbao.content;
