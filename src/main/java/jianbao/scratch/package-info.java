/** Temporary files that a build or a serve session keeps only while it runs. Knows nothing of jianbao. */
package jianbao.scratch;
