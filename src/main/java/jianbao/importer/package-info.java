/** Turns a bulletin as the office issues it (plain text or a Word .docx) into an issue source file, with a report of what it found and guessed. */
package jianbao.importer;
