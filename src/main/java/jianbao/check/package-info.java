/** Archive-wide content warnings that {@code check} adds to the problems the content loader finds in single files. */
package jianbao.check;
