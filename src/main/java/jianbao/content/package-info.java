/** Reads content/ into the model: site.yaml, departments.yaml, issue files and free pages, collecting every problem with its file and line instead of stopping at the first. */
package jianbao.content;
