/**
 * The one rule for reading the files of content/ and of a theme: a symbolic link is followed only when
 * it leads to a place inside its own folder, so nothing from elsewhere on the computer is published.
 */
package jianbao.source;
