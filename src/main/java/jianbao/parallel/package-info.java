/** Loops that spread the items of a list over the cores of the pool they run in. Knows nothing of jianbao. */
package jianbao.parallel;
