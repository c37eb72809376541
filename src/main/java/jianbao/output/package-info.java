/** Writes a generated site: staged files that replace the previous site only when all were written, JSON text, and the link check. */
package jianbao.output;
